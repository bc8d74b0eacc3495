namespace StaticCatalog.Rendering.ViewModels;

/// <summary>A category of the services index with its services.</summary>
public sealed record ServiceCategoryView(string Name, IReadOnlyList<ServiceSummaryView> Services);
