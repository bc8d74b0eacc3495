using StaticCatalog.Diagnostics;
using StaticCatalog.Urls;

namespace StaticCatalog.Checking;

/// <summary>What a check of a built site found: every diagnostic in a stable order, what was checked, how long it took.</summary>
public sealed record SiteCheckResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>The base URL the links were resolved against: the one given, else the home page's canonical link's.</summary>
    public required SiteUrl SiteUrl { get; init; }

    public int PagesChecked { get; init; }

    public int FeedsChecked { get; init; }

    /// <summary>Distinct internal links per file (pages, feeds, sitemaps, robots.txt, catalog.json); external links are not checked.</summary>
    public int LinksChecked { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>How many items of the catalog's consistency report <c>--catalog</c> reported (0 without it).</summary>
    public int InsightsReported { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);
}
