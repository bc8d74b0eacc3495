using StaticCatalog.Catalog;

namespace StaticCatalog.Site;

/// <summary>A service with everything the catalog knows of it.</summary>
/// <param name="Service">The taxonomy entry.</param>
/// <param name="SitePath">Its page, <c>services/&lt;slug&gt;/</c>.</param>
/// <param name="Posts">Posts linked to it, newest first.</param>
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
    /// <summary>True when the service gets a page (and a feed): a post is about it, or a feature or limit is attributed to it.</summary>
    public bool HasPage => Posts.Count > 0 || Features.Count > 0 || Limits.Count > 0;
}
