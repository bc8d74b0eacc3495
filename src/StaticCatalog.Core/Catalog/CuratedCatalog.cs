namespace StaticCatalog.Catalog;

/// <summary>The features and limits a post's front matter gives by hand (its <c>catalog:</c> block).</summary>
public sealed record CuratedCatalog(IReadOnlyList<CatalogFeature> Features, IReadOnlyList<CatalogLimit> Limits)
{
    public static CuratedCatalog Empty { get; } = new([], []);
}
