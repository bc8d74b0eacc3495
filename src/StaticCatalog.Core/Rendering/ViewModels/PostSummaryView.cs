namespace StaticCatalog.Rendering.ViewModels;

/// <summary>A post in a list: enough to show and link it.</summary>
public sealed record PostSummaryView
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string DateIso { get; init; }
    public required string DateDisplay { get; init; }
    public string? Author { get; init; }
    public LinkView? Feed { get; init; }
    public required string Excerpt { get; init; }
}
