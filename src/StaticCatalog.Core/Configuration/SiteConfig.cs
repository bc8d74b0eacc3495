namespace StaticCatalog.Configuration;

/// <summary>The site-wide settings from <c>input/site.yml</c>, after defaults and command-line overrides.</summary>
public sealed record SiteConfig
{
    public string Title { get; init; } = "StaticCatalog";

    public string Description { get; init; } = "Product updates, features, release status and limits.";

    /// <summary>The site root: a path such as <c>/</c> or <c>/my-repo/</c>, or an absolute URL.</summary>
    public string BaseUrl { get; init; } = "/";

    public string Language { get; init; } = "en";

    /// <summary>Posts per page on tag, section, feed and archive pages.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>Newest posts shown on the home page.</summary>
    public int HomePostCount { get; init; } = 15;

    /// <summary>Tags shown on the home page, largest first.</summary>
    public int HomeTagCount { get; init; } = 40;

    /// <summary>
    /// Rows on each page of the limits index. Its filters load the other pages when used, so a first visit
    /// lays out a short table (a long one costs a phone most of a second).
    /// </summary>
    public int LimitsPerPage { get; init; } = 50;

    /// <summary>Entries in each Atom feed (site-wide, per service, per tag, and the catalog-change feeds), newest first.</summary>
    public int FeedEntries { get; init; } = 20;

    /// <summary>
    /// The least number of posts a tag needs for an Atom feed of its own (linked from its pages). Most tags of a large
    /// site have one or two posts, and their feeds would be most of its files; the site and service feeds stay.
    /// </summary>
    public int TagFeedMinPosts { get; init; } = 5;

    /// <summary>
    /// Whether tag pages show each post's excerpt. Off by default: a post is on a page of each of its tags (twenty
    /// for some), and their excerpts were a fifth of the site; tag pages list title, date, author and feed, and
    /// every other list keeps the excerpt.
    /// </summary>
    public bool TagPageExcerpts { get; init; }

    /// <summary>
    /// The least confidence (0 to 1) an extracted feature or limit needs to be shown on the catalog pages; a status
    /// below it is shown as unknown. Curated items are always shown; catalog.json keeps every item with its confidence.
    /// </summary>
    public double CatalogMinConfidence { get; init; } = 0.5;

    /// <summary>
    /// How many months a feature may stay in preview, with no GA seen, before the consistency report
    /// (<c>/insights/</c>, <c>check --catalog</c>) lists it as a stale preview.
    /// </summary>
    public int StalePreviewMonths { get; init; } = 12;

    /// <summary>
    /// The day the catalog's time-dependent checks count from: <c>--as-of</c>, else null for the newest post's date.
    /// Never the clock: the same seeds give the same site.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Display names of sections by their <c>section_names</c> value (<c>ai: AI</c>); others show as written.</summary>
    public IReadOnlyDictionary<string, string> SectionTitles { get; init; } = NoTitles;

    private static readonly IReadOnlyDictionary<string, string> NoTitles = new Dictionary<string, string>();
}
