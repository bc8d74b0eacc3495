namespace StaticCatalog.Rendering.ViewModels;

/// <summary>
/// Features of one status (a column of the status board, a group on a service page). A long group shows
/// its newest features and links to <see cref="AllUrl"/>, where all <see cref="Total"/> are listed.
/// </summary>
public sealed record FeatureGroupView(string Status, string Label, IReadOnlyList<FeatureView> Features, int Total, string? AllUrl = null);
