namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The services index: every service by category, with counts.</summary>
public sealed record ServiceIndexView
{
    public required IReadOnlyList<ServiceCategoryView> Categories { get; init; }
    public required int TotalServices { get; init; }
    public required int ServicesWithPosts { get; init; }
    public required int TotalFeatures { get; init; }
    public required int TotalLimits { get; init; }
}
