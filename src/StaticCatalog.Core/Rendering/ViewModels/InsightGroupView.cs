namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The items of one kind on <c>/insights/</c>.</summary>
public sealed record InsightGroupView
{
    /// <summary>The kind's id, also the section's anchor ("stale-preview").</summary>
    public required string Id { get; init; }
    public required string Heading { get; init; }
    public required string Meaning { get; init; }

    /// <summary>How many there are; <see cref="Items"/> may show fewer (the rest are in catalog.json).</summary>
    public required int Total { get; init; }
    public required IReadOnlyList<InsightView> Items { get; init; }
}
