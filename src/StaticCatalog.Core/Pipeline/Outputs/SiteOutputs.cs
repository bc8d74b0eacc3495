namespace StaticCatalog.Pipeline.Outputs;

/// <summary>The tables of outputs the render stage runs, in order: each output's files are all handed on before the next starts.</summary>
public static class SiteOutputs
{
    /// <summary>
    /// Everything a build writes. Theme assets come last: a generated file at an asset's path wins over it.
    /// </summary>
    public static IReadOnlyList<ISiteOutput> WholeSite { get; } =
    [
        new PagesOutput(),
        new CatalogJsonOutput(),
        new RetirementCalendarOutput(),
        new SearchIndexOutput(),
        FeedsOutput.Every,
        new ChangeFeedsOutput(),
        new SitemapOutput(),
        new HostFilesOutput(),
        new ThemeAssetsOutput(),
    ];

    /// <summary>
    /// What an edit to post bodies changes when nothing a list, feed, the catalog or the search index shows of a
    /// post changed (see <see cref="BodyEdit"/>): the posts' pages and the site feed, which carries whole posts. The
    /// change feeds are not: they show what the catalog holds, which such an edit leaves alone.
    /// </summary>
    public static IReadOnlyList<ISiteOutput> EditedBodies { get; } =
    [
        new PagesOutput(),
        FeedsOutput.SiteFeed,
    ];
}
