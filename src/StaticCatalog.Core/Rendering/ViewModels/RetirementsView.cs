namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The retirements page: due (soonest first), already past (latest first) and undated, and the calendar to subscribe to.</summary>
public sealed record RetirementsView
{
    public required string AsOfIso { get; init; }
    public required string AsOfDisplay { get; init; }
    public required IReadOnlyList<RetirementView> Upcoming { get; init; }
    public required IReadOnlyList<RetirementView> Past { get; init; }
    public required IReadOnlyList<RetirementView> Undated { get; init; }
    public required string CalendarUrl { get; init; }
    public required string InsightsUrl { get; init; }
}
