namespace StaticCatalog.Catalog;

/// <summary>What the catalog takes from one post: its kind, the services it is about, its features and its limits.</summary>
/// <param name="Services">Slugs of the post's primary services: what the post is about (<c>services</c> in catalog.json).</param>
/// <param name="Features">The features it announces.</param>
/// <param name="Limits">The limits it states.</param>
public sealed record PostCatalog(
    IReadOnlyList<string> Services,
    IReadOnlyList<CatalogFeature> Features,
    IReadOnlyList<CatalogLimit> Limits)
{
    public static PostCatalog Empty { get; } = new([], [], []);

    /// <summary>What the post mainly is; decides which extraction policy applies.</summary>
    public PostKind Kind { get; init; } = PostKind.Other;

    /// <summary>Slugs of services the post names without being about them (<c>mentioned</c> in catalog.json); never in <see cref="Services"/>.</summary>
    public IReadOnlyList<string> Mentioned { get; init; } = [];
}
