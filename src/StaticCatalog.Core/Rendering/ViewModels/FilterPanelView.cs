namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The choices of the filter panel on the limits index and the status board, counted over the items of the page.</summary>
public sealed record FilterPanelView
{
    public required IReadOnlyList<FilterOption> Services { get; init; }
    public required IReadOnlyList<FilterOption> Categories { get; init; }
    public required IReadOnlyList<FilterOption> Statuses { get; init; }

    /// <summary>Metrics (throughput, packets per second, ...); empty on the status board.</summary>
    public IReadOnlyList<FilterOption> Metrics { get; init; } = [];

    /// <summary>The kinds of the items' posts (tutorial, roundup, ...), in the kinds' order; empty on the limits index.</summary>
    public IReadOnlyList<FilterOption> Kinds { get; init; } = [];

    /// <summary>
    /// The units a typed range value may be in (<see cref="UnitsJson"/>), on the limits index only: with it the panel
    /// offers "at least" and "at most" fields (<c>min</c>, <c>max</c>); null on the status board.
    /// </summary>
    public TrustedHtml? Units { get; init; }

    /// <summary>The first and last day of the items' dates (<c>yyyy-MM-dd</c>), the bounds of the date inputs.</summary>
    public required string FirstDay { get; init; }
    public required string LastDay { get; init; }
}
