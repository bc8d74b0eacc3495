using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticCatalog.Markdown;

/// <summary>
/// Refuses Markdown nested more than <see cref="MaxDepth"/> levels (10,000 <c>&gt;</c>, a list in a list ten thousand
/// times, ten thousand <c>*</c> of emphasis) with a <see cref="MarkdownNestingException"/> at the first element too
/// deep. Markdig's renderer and our own walks of the tree recurse once per level, and a stack overflow cannot be caught:
/// it ends the process. Blocks are stopped while they are parsed (<see cref="NestingLimitBlockParser"/>, put first so
/// it is tried before the parsers it guards), and so are link texts (<see cref="NestingLimitInlineParser"/>); other
/// inlines once the document is parsed, by a walk without recursion. Register it first, so its check of the parsed
/// document runs before the other extensions walk it.
/// </summary>
public sealed class NestingLimitExtension : IMarkdownExtension
{
    /// <summary>Levels of blocks and inlines together; the corpus nests at most a dozen.</summary>
    public const int MaxDepth = 64;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Contains<NestingLimitBlockParser>())
        {
            return;
        }

        pipeline.BlockParsers.Insert(0, new NestingLimitBlockParser());
        pipeline.InlineParsers.Insert(0, new NestingLimitInlineParser());
        pipeline.DocumentProcessed += Check;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Check(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var entry))
        {
            var (node, depth) = entry;
            if (depth > MaxDepth)
            {
                throw new MarkdownNestingException(node.Line + 1, node.Column + 1, node is Inline ? "emphasis, links or other inlines" : "blocks");
            }

            switch (node)
            {
                case ContainerBlock blocks:
                    foreach (var child in blocks)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
            }
        }
    }
}
