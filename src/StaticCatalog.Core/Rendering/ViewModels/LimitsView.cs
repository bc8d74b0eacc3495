namespace StaticCatalog.Rendering.ViewModels;

/// <summary>One page of the limits index: its rows (a service's rows together), the filters and the pager.</summary>
public sealed record LimitsView
{
    public required int Total { get; init; }
    public required IReadOnlyList<string> BaseUnits { get; init; }

    /// <summary>This page's rows of the filterable table.</summary>
    public required IReadOnlyList<LimitView> Limits { get; init; }

    /// <summary>Every page's URL in order when there are several: the filters load their rows when first used.</summary>
    public required IReadOnlyList<string> PageUrls { get; init; }

    public required PagerView Pager { get; init; }

    public required FilterPanelView Filters { get; init; }
}
