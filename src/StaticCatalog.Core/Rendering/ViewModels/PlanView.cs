namespace StaticCatalog.Rendering.ViewModels;

/// <summary>Planned against actual on a feature's page: when it was due, and when (if) it came.</summary>
public sealed record PlanView
{
    /// <summary>The due date as read ("\"later this year\" (31 December 2025)", or a day).</summary>
    public required string Due { get; init; }
    public required string DueIso { get; init; }
    public required EvidenceView Planned { get; init; }

    /// <summary>The first later mention in preview or GA, or null while none is seen.</summary>
    public EvidenceView? Arrived { get; init; }

    /// <summary>"58 days late", "12 days early", "on time"; or, before it arrives, "not seen yet; the date has passed" or "not due yet".</summary>
    public required string Outcome { get; init; }

    /// <summary>late, early, on-time, overdue or pending: for styling.</summary>
    public required string OutcomeId { get; init; }
}
