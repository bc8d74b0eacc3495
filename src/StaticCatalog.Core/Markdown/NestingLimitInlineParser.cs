using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace StaticCatalog.Markdown;

/// <summary>
/// Tried before the link parser on <c>[</c> and <c>![</c>: it matches nothing, but stops a link text from opening
/// inside more than <see cref="NestingLimitExtension.MaxDepth"/> open ones. Markdig would stop much deeper with an
/// exception that names no position.
/// </summary>
public sealed class NestingLimitInlineParser : InlineParser
{
    public NestingLimitInlineParser()
    {
        OpeningCharacters = ['[', '!'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var depth = 0;
        for (ContainerInline? container = processor.Root; container is not null; container = container.LastChild as ContainerInline)
        {
            if (++depth > NestingLimitExtension.MaxDepth)
            {
                processor.GetSourcePosition(slice.Start, out var line, out var column);
                throw new MarkdownNestingException(line + 1, column + 1, "link texts ('[')");
            }
        }

        return false;
    }
}
