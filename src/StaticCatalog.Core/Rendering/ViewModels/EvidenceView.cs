namespace StaticCatalog.Rendering.ViewModels;

/// <summary>A statement an insight or retirement rests on: what it said, when, and a link to its paragraph.</summary>
public sealed record EvidenceView
{
    public required string Label { get; init; }
    public required string DateIso { get; init; }
    public required string DateDisplay { get; init; }
    public required string PostTitle { get; init; }
    public required string SourceUrl { get; init; }
}
