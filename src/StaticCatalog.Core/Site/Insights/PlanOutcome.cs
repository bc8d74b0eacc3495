using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Dates;

namespace StaticCatalog.Site.Insights;

/// <summary>
/// Planned against actual for one feature: the first mention that plans it with a date, and the first later
/// post that states it in preview or GA, if any.
/// </summary>
/// <param name="Plan">The mention that gave the target.</param>
/// <param name="Target">When it was due.</param>
/// <param name="Arrival">The first mention of another post, on or after the plan, in preview or GA; null while none is seen.</param>
public sealed record PlanOutcome(FeatureEntry Plan, TargetDate Target, FeatureEntry? Arrival)
{
    /// <summary>Days from the target to the arrival: positive when late, negative when early; null before it arrives.</summary>
    public int? SlipDays => Arrival is null ? null : Arrival.Date.UtcDateTime.Date.Subtract(Target.Date.ToDateTime(TimeOnly.MinValue)).Days;

    /// <summary>True when the target has passed by <paramref name="asOf"/> and nothing arrived.</summary>
    public bool Passed(DateOnly asOf) => Arrival is null && Target.Date < asOf;

    /// <summary>The outcome of <paramref name="history"/>'s first dated plan, or null when no mention plans it with a date.</summary>
    public static PlanOutcome? Of(FeatureHistory history)
    {
        var plan = history.Entries.FirstOrDefault(e => e.Feature.Status == ReleaseStatus.Planned && e.Feature.Target is not null);
        if (plan is null)
        {
            return null;
        }

        var arrival = history.Entries.FirstOrDefault(e => e.Date >= plan.Date && !ReferenceEquals(e.Post, plan.Post)
            && e.Feature.Status is ReleaseStatus.Preview or ReleaseStatus.Ga);
        return new PlanOutcome(plan, plan.Feature.Target!, arrival);
    }
}
