namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The limits index: every limit, grouped by service.</summary>
public sealed record LimitsView
{
    public required IReadOnlyList<LimitGroupView> Groups { get; init; }
    public required int Total { get; init; }
    public required IReadOnlyList<string> BaseUnits { get; init; }

    /// <summary>Every limit in one list, for the filterable table.</summary>
    public required IReadOnlyList<LimitView> Limits { get; init; }

    public required FilterPanelView Filters { get; init; }
}
