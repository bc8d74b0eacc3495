using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticCatalog.Markdown.Highlighting;

/// <summary>
/// Syntax highlighting of fenced code blocks at build time: token classes, no inline colour, no script. It wraps
/// Markdig's code block renderer instead of replacing it outright, so what earlier extensions set on it (the
/// diagrams extension's mermaid blocks as <c>div</c>) still applies to the blocks it passes on; it must therefore
/// be registered after <c>UseAdvancedExtensions</c>.
/// </summary>
public sealed class CodeHighlightExtension(CodeHighlighter highlighter) : IMarkdownExtension
{
    public CodeHighlightExtension()
        : this(CodeHighlighter.Shared)
    {
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } plain)
        {
            html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(plain, highlighter));
        }
    }
}
