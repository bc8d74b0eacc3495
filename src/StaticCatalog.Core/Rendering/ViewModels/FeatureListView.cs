namespace StaticCatalog.Rendering.ViewModels;

/// <summary>One page of all features of a status (of the whole catalog or of one service).</summary>
public sealed record FeatureListView
{
    public required string Heading { get; init; }
    public required string Status { get; init; }
    public required string StatusLabel { get; init; }
    public required int Total { get; init; }
    public required IReadOnlyList<FeatureView> Features { get; init; }
    public required PagerView Pager { get; init; }

    /// <summary>The page this list belongs to (the status board or the service).</summary>
    public required LinkView Back { get; init; }
}
