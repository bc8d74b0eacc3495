namespace StaticCatalog.Rendering.ViewModels;

/// <summary>
/// One page of a feature entity: the feature as every post that names it saw it, oldest first, with where it stands
/// now (the newest mention that states a status).
/// </summary>
public sealed record EntityView
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>planned, preview, ga, retired or unknown: the current status.</summary>
    public required string Status { get; init; }
    public required string StatusLabel { get; init; }
    public required IReadOnlyList<LinkView> Services { get; init; }

    /// <summary>How many posts name it, and the date of the first.</summary>
    public required int Posts { get; init; }
    public required string FirstIso { get; init; }
    public required string FirstDisplay { get; init; }

    /// <summary>Every status step on this page, oldest first: each mention with its post and evidence.</summary>
    public required IReadOnlyList<FeatureView> History { get; init; }
    public required int Total { get; init; }
    public required PagerView Pager { get; init; }

    /// <summary>The status board, where every entity is listed by status.</summary>
    public required LinkView Back { get; init; }

    /// <summary>Planned against actual, when a mention plans it with a date; else null.</summary>
    public PlanView? Plan { get; init; }
}
