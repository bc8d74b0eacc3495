using Markdig;

namespace StaticCatalog.Markdown;

/// <summary>The one Markdig pipeline every post goes through (thread-safe, built once).</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>
    /// Front matter is parsed in the same pass as the body (the YAML block), so positions stay those of the
    /// file. Advanced extensions give tables, task lists, auto-links and heading ids.
    /// </summary>
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseAdvancedExtensions()
            .Use<LiquidTagExtension>()
            .UsePreciseSourceLocation()
            .Build();
}
