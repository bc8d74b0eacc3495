namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The status board: features by their current status, newest first, with their history.</summary>
public sealed record StatusBoardView
{
    public required IReadOnlyList<FeatureGroupView> Columns { get; init; }
    public required int Total { get; init; }

    /// <summary>Features whose posts state no status; they are listed on service and post pages only.</summary>
    public required int Unknown { get; init; }

    public required FilterPanelView Filters { get; init; }
}
