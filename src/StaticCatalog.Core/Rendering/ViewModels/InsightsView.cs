namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The consistency report page (<c>/insights/</c>): a section per kind, each item with its evidence.</summary>
public sealed record InsightsView
{
    public required string AsOfIso { get; init; }
    public required string AsOfDisplay { get; init; }

    /// <summary>True when the day comes from <c>--as-of</c>, not the newest post.</summary>
    public required bool AsOfGiven { get; init; }
    public required int StalePreviewMonths { get; init; }
    public required int Total { get; init; }
    public required IReadOnlyList<InsightGroupView> Groups { get; init; }
    public required string CatalogJsonUrl { get; init; }
    public required string RetirementsUrl { get; init; }
}
