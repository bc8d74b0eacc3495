using Markdig;
using StaticCatalog.Markdown.Highlighting;

namespace StaticCatalog.Markdown;

/// <summary>The one Markdig pipeline every post goes through (thread-safe, built once).</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>
    /// Front matter is parsed in the same pass as the body (the YAML block), so positions stay those of the
    /// file. Advanced extensions give tables, task lists, auto-links and heading ids; raw HTML tags that are
    /// no HTML element (<c>Span&lt;T&gt;</c>) stay text; an image linking to a YouTube or Vimeo video is our embed.
    /// Fenced code is highlighted at build time (after the
    /// advanced extensions, whose code block renderer it wraps).
    /// </summary>
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .Use<NestingLimitExtension>()
            .UseYamlFrontMatter()
            .UseAdvancedExtensions()
            .Use<LiquidTagExtension>()
            .Use<VideoImageExtension>()
            .Use<RawHtmlTextExtension>()
            .Use<CodeHighlightExtension>()
            .UsePreciseSourceLocation()
            .Build();
}
