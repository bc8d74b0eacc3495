using StaticCatalog.Catalog;

namespace StaticCatalog.Site;

/// <summary>A feature as the catalog lists it: with its post, a site-wide id and its date.</summary>
/// <param name="Id">Unique in the catalog: the post's id, '#', the feature's slug.</param>
/// <param name="Feature">What the post says.</param>
/// <param name="Post">The post it came from.</param>
/// <param name="Date">The date of its status: the curated date, else the post's.</param>
/// <param name="HistoryKey">Features of different posts with the same key are one feature seen over time.</param>
public sealed record FeatureEntry(string Id, CatalogFeature Feature, SitePost Post, DateTimeOffset Date, string HistoryKey)
{
    /// <summary>The id of the entity (<see cref="FeatureHistory"/>) it is a mention of: made from <see cref="HistoryKey"/>, unique in the catalog.</summary>
    public string EntityId { get; init; } = string.Empty;
}
