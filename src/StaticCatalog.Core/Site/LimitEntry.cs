using StaticCatalog.Catalog;

namespace StaticCatalog.Site;

/// <summary>A limit as the catalog lists it: with its post, a site-wide id, and the feature it belongs to.</summary>
/// <param name="Id">Unique in the catalog: the post's id, '#limit-', its number in the post.</param>
/// <param name="Limit">What the post says.</param>
/// <param name="Post">The post it came from.</param>
/// <param name="Feature">The catalog entry of its feature, or null.</param>
public sealed record LimitEntry(string Id, CatalogLimit Limit, SitePost Post, FeatureEntry? Feature)
{
    /// <summary>The status of its feature; unknown when it has none.</summary>
    public ReleaseStatus Status => Feature?.Feature.Status ?? ReleaseStatus.Unknown;
}
