namespace StaticCatalog.Catalog.Limits;

/// <summary>What a figure is stated for.</summary>
/// <param name="Name">The most specific product, SKU or feature ("High Scale Private Link", "Maia 200").</param>
/// <param name="Feature">The post's feature of that name, or null.</param>
/// <param name="Service">The service slug the subject belongs to, or null.</param>
/// <param name="Source">Where it was found.</param>
public sealed record LimitSubject(string Name, CatalogFeature? Feature, string? Service, SubjectSource Source);
