using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Features;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;

namespace StaticCatalog.Tests.Catalog.Features;

/// <summary>Reads short hand-made roundup Markdown as the roundup finder sees it.</summary>
internal static class RoundupTestPosts
{
    public static readonly ServiceTaxonomy Taxonomy = ServiceTaxonomyLoader.Load(RepoPaths.Input, new DiagnosticBag());

    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    public static IReadOnlyList<Passage> Passages(string markdown) =>
        PassageReader.Read(Markdig.Markdown.Parse(markdown.ReplaceLineEndings("\n"), Pipeline));

    public static RoundupItems Items(string markdown, string title = "Weekly roundup", DateTimeOffset? date = null) =>
        RoundupItemFinder.Find(Passages(markdown), title, Taxonomy.Matcher, date);
}
