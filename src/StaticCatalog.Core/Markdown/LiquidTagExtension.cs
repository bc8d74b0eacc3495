using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Renderers;

namespace StaticCatalog.Markdown;

/// <summary>
/// Liquid tags such as <c>{% youtube ID %}</c>. The parser goes before the generic-attributes parser,
/// which also opens on <c>{</c>; it only claims <c>{%</c>, so attributes keep working.
/// </summary>
public sealed class LiquidTagExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<LiquidTagInlineParser>())
        {
            return;
        }

        var attributes = pipeline.InlineParsers.FindExact<GenericAttributesParser>();
        var index = attributes is null ? 0 : pipeline.InlineParsers.IndexOf(attributes);
        pipeline.InlineParsers.Insert(Math.Max(index, 0), new LiquidTagInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<LiquidTagRenderer>())
        {
            html.ObjectRenderers.Insert(0, new LiquidTagRenderer());
        }
    }
}
