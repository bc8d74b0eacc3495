using StaticCatalog.Catalog;

namespace StaticCatalog.Site;

/// <summary>A limit as the catalog lists it: with its post, a site-wide id, and the feature it belongs to.</summary>
/// <param name="Id">Unique in the catalog: the post's id, '#limit-', its number in the post ("-was" after it for a <see cref="FormerOf"/> value).</param>
/// <param name="Limit">What the post says.</param>
/// <param name="Post">The post it came from.</param>
/// <param name="Feature">The catalog entry of its feature, or null.</param>
public sealed record LimitEntry(string Id, CatalogLimit Limit, SitePost Post, FeatureEntry? Feature)
{
    /// <summary>The status of its feature; unknown when it has none.</summary>
    public ReleaseStatus Status => Feature?.Feature.Status ?? ReleaseStatus.Unknown;

    /// <summary>The date it was stated: its post's.</summary>
    public DateTimeOffset Date => Post.Post.Date;

    /// <summary>
    /// Limits of different posts with the same key are one limit stated over time (<see cref="Catalog.Identity.LimitIdentity"/>);
    /// null when it is too vague to be matched, and so has no history but its own.
    /// </summary>
    public string? HistoryKey { get; init; }

    /// <summary>
    /// For the value a sentence says a limit had before ("raised from 1,000 to 5,000" gives 1,000): the id of the
    /// limit it became; else null.
    /// </summary>
    public string? FormerOf { get; init; }

    /// <summary>The id of its feature's entity, or null when it belongs to no feature.</summary>
    public string? EntityId => Feature?.EntityId;
}
