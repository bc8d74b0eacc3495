namespace StaticCatalog.Catalog;

/// <summary>What the catalog takes from one post: the services it names, its features and its limits.</summary>
public sealed record PostCatalog(
    IReadOnlyList<string> Services,
    IReadOnlyList<CatalogFeature> Features,
    IReadOnlyList<CatalogLimit> Limits)
{
    public static PostCatalog Empty { get; } = new([], [], []);
}
