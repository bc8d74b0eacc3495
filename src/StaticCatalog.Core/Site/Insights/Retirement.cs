using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Dates;

namespace StaticCatalog.Site.Insights;

/// <summary>A feature whose newest stated status is retired, and the mention that says it, with its date when one is given.</summary>
/// <param name="History">The feature.</param>
/// <param name="Entry">The newest mention stating it retired, with a date if any mention of it gives one.</param>
/// <param name="Target">When it retires (or retired); null when no mention says.</param>
public sealed record Retirement(FeatureHistory History, FeatureEntry Entry, TargetDate? Target)
{
    /// <summary>The retirement of <paramref name="history"/>, or null when its newest stated status is not retired.</summary>
    public static Retirement? Of(FeatureHistory history)
    {
        if (history.Status != ReleaseStatus.Retired)
        {
            return null;
        }

        var dated = history.Entries.LastOrDefault(e => e.Feature.Status == ReleaseStatus.Retired && e.Feature.Target is not null);
        return dated is not null
            ? new Retirement(history, dated, dated.Feature.Target)
            : new Retirement(history, history.Current, null);
    }
}
