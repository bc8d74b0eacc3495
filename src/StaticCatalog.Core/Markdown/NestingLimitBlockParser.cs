using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticCatalog.Markdown;

/// <summary>
/// Tried before the parsers of block quotes, lists, footnotes and custom containers on their opening characters:
/// it opens nothing, but stops a block from opening deeper than <see cref="NestingLimitExtension.MaxDepth"/> levels.
/// Markdig would stop at its own limit with an exception that names no position.
/// </summary>
public sealed class NestingLimitBlockParser : BlockParser
{
    public NestingLimitBlockParser()
    {
        OpeningCharacters = ['>', '-', '*', '+', ':', '[', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var depth = 0;
        for (Block? block = processor.CurrentContainer; block is not null; block = block.Parent)
        {
            depth++;
        }

        if (depth > NestingLimitExtension.MaxDepth)
        {
            throw new MarkdownNestingException(processor.LineIndex + 1, processor.Start - processor.CurrentLineStartPosition + 1, "block quotes or lists");
        }

        return BlockState.None;
    }
}
