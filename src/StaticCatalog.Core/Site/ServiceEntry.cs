using StaticCatalog.Catalog;

namespace StaticCatalog.Site;

/// <summary>A service with everything the catalog knows of it.</summary>
/// <param name="Service">The taxonomy entry.</param>
/// <param name="SitePath">Its page, <c>services/&lt;slug&gt;/</c>.</param>
/// <param name="Posts">Posts about it (it is one of their primary services), newest first.</param>
/// <param name="Features">Its features, newest first.</param>
/// <param name="Limits">Its limits, by metric then normalized value.</param>
/// <param name="RelatedTags">Tags of its posts with how many of its posts carry them, most first.</param>
public sealed record ServiceEntry(
    Service Service,
    string SitePath,
    IReadOnlyList<SitePost> Posts,
    IReadOnlyList<FeatureEntry> Features,
    IReadOnlyList<LimitEntry> Limits,
    IReadOnlyList<(TermRef Tag, int Count)> RelatedTags)
{
    /// <summary>Posts that name it without being about it (it is among their mentioned services), newest first.</summary>
    public IReadOnlyList<SitePost> MentionedIn { get; init; } = [];

    /// <summary>True when the service has a page: posts are about it or mention it, or features or limits are attributed to it.</summary>
    public bool HasPage => Posts.Count > 0 || MentionedIn.Count > 0 || Features.Count > 0 || Limits.Count > 0;
}
