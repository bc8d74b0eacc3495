using StaticCatalog.Catalog;
using StaticCatalog.Formatting;

namespace StaticCatalog.Site.Insights;

/// <summary>
/// The catalog's consistency report: conflicting values, stale previews, planned dates passed, features that went
/// backwards and retirements due. Every check that depends on "now" counts from <see cref="AsOfDay"/> (the newest
/// post's date, or <c>--as-of</c>), never the clock, so the same seeds give the same report.
/// </summary>
public static class CatalogInsights
{
    /// <summary>How far ahead a retirement is "due".</summary>
    public const int RetirementMonthsAhead = 6;

    /// <summary>The day the report counts from: <c>--as-of</c>, else the newest post's date, else 1 January 2000 for a site without posts.</summary>
    public static DateOnly AsOfDay(SiteModel site) =>
        site.Config.AsOf ?? (site.Posts.Count == 0 ? new DateOnly(2000, 1, 1) : DateOnly.FromDateTime(site.Posts.Max(p => p.Post.Date).UtcDateTime));

    /// <summary>The report for the catalog the pages show, by kind, then date, then subject.</summary>
    public static IReadOnlyList<CatalogInsight> Of(SiteModel site) =>
        Of(site.Catalog, AsOfDay(site), site.Config.StalePreviewMonths);

    public static IReadOnlyList<CatalogInsight> Of(SiteCatalog catalog, DateOnly asOf, int stalePreviewMonths)
    {
        var insights = new List<CatalogInsight>();
        insights.AddRange(catalog.LimitHistories.All.SelectMany(Conflicts));
        foreach (var history in catalog.Histories)
        {
            if (StalePreview(history, asOf, stalePreviewMonths) is { } stale)
            {
                insights.Add(stale);
            }

            if (PassedTarget(history, asOf) is { } passed)
            {
                insights.Add(passed);
            }

            if (WentBackwards(history) is { } backwards)
            {
                insights.Add(backwards);
            }

            if (RetirementDue(history, asOf) is { } due)
            {
                insights.Add(due);
            }
        }

        return insights
            .OrderBy(i => i.Kind)
            .ThenBy(i => i.Date)
            .ThenBy(i => i.Subject, StringComparer.Ordinal)
            .ThenBy(i => i.Evidence[0].Post.SitePath, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Statements of one day, in different posts, that give one limit different values.</summary>
    private static IEnumerable<CatalogInsight> Conflicts(LimitHistory history)
    {
        foreach (var day in history.Entries.Where(e => e.FormerOf is null).GroupBy(e => DateFormat.Day(e.Date), StringComparer.Ordinal))
        {
            var statements = day.ToList();
            if (statements.Select(e => e.Post.SitePath).Distinct(StringComparer.Ordinal).Skip(1).Any()
                && statements.Select(e => e.Limit.Normalized).Distinct().Skip(1).Any())
            {
                var limit = statements[0].Limit;
                var values = statements.Select(e => LimitFormat.Stated(e.Limit)).Distinct(StringComparer.Ordinal).ToList();
                yield return new CatalogInsight(InsightKind.ConflictingValues, $"{limit.Subject}: {limit.Metric}",
                    $"stated as {string.Join(" and ", values)} on {DateFormat.Display(statements[0].Date)}",
                    DateOnly.FromDateTime(statements[0].Date.UtcDateTime), limit.Service is { } service ? [service] : [],
                    statements.Select(e => new InsightEvidence(LimitFormat.Stated(e.Limit), e.Post, e.Limit.Anchor, e.Date)).ToList(), null);
            }
        }
    }

    /// <summary>In preview since longer than <paramref name="months"/> before <paramref name="asOf"/>, with no GA or retirement stated after.</summary>
    private static CatalogInsight? StalePreview(FeatureHistory history, DateOnly asOf, int months)
    {
        if (history.Status != ReleaseStatus.Preview)
        {
            return null;
        }

        // The start of the preview now standing: the first of the last run of preview statements.
        var known = history.Entries.Where(e => e.Feature.Status != ReleaseStatus.Unknown).ToList();
        var start = known.Count - 1;
        while (start > 0 && known[start - 1].Feature.Status == ReleaseStatus.Preview)
        {
            start--;
        }

        var since = known[start];
        var day = DateOnly.FromDateTime(since.Date.UtcDateTime);
        if (day >= asOf.AddMonths(-months))
        {
            return null;
        }

        var age = MonthsBetween(day, asOf);
        return new CatalogInsight(InsightKind.StalePreview, history.Name,
            $"in preview since {DateFormat.Display(since.Date)} ({age} months before {DateFormat.Display(asOf)}), with no GA seen",
            day, Services(history), Evidence(known.Skip(start)), history);
    }

    /// <summary>Planned for a date before <paramref name="asOf"/>, with no preview or GA seen since, and still planned.</summary>
    private static CatalogInsight? PassedTarget(FeatureHistory history, DateOnly asOf)
    {
        if (history.Status != ReleaseStatus.Planned || PlanOutcome.Of(history) is not { } outcome || !outcome.Passed(asOf))
        {
            return null;
        }

        return new CatalogInsight(InsightKind.PassedTarget, history.Name,
            $"planned for {Due(outcome.Target)}; no preview or GA seen by {DateFormat.Display(asOf)}",
            outcome.Target.Date, Services(history), Evidence([outcome.Plan]), history);
    }

    /// <summary>Stated GA in one post, then in preview or planned in a later one.</summary>
    private static CatalogInsight? WentBackwards(FeatureHistory history)
    {
        FeatureEntry? ga = null;
        foreach (var entry in history.Entries)
        {
            if (entry.Feature.Status == ReleaseStatus.Ga)
            {
                ga ??= entry;
            }
            else if (ga is not null && entry.Feature.Status is ReleaseStatus.Preview or ReleaseStatus.Planned
                && !ReferenceEquals(entry.Post, ga.Post) && DateOnly.FromDateTime(entry.Date.UtcDateTime) > DateOnly.FromDateTime(ga.Date.UtcDateTime))
            {
                return new CatalogInsight(InsightKind.WentBackwards, history.Name,
                    $"GA on {DateFormat.Display(ga.Date)}, then {ReleaseStatusNames.Label(entry.Feature.Status).ToLowerInvariant()} on {DateFormat.Display(entry.Date)}",
                    DateOnly.FromDateTime(entry.Date.UtcDateTime), Services(history), Evidence([ga, entry]), history);
            }
        }

        return null;
    }

    /// <summary>Retired (its newest status) with a retirement date from <paramref name="asOf"/> to six months after it.</summary>
    private static CatalogInsight? RetirementDue(FeatureHistory history, DateOnly asOf)
    {
        if (Retirement.Of(history) is not { Target: { } target } retirement || target.Date < asOf || target.Date > asOf.AddMonths(RetirementMonthsAhead))
        {
            return null;
        }

        return new CatalogInsight(InsightKind.RetirementDue, history.Name,
            $"retiring {DateFormat.Display(target.Date)} (\"{target.Text}\"), {target.Date.DayNumber - asOf.DayNumber} days after {DateFormat.Display(asOf)}",
            target.Date, Services(history), Evidence([retirement.Entry]), history);
    }

    /// <summary>"later this year (31 December 2025)"; a day as the post writes it is shown once ("14 March 2025").</summary>
    public static string Due(Catalog.Dates.TargetDate target) =>
        target.Precision == Catalog.Dates.TargetPrecision.Day ? DateFormat.Display(target.Date) : $"\"{target.Text}\" ({DateFormat.Display(target.Date)})";

    private static IReadOnlyList<string> Services(FeatureHistory history) =>
        history.Entries.SelectMany(e => e.Feature.Services).Distinct(StringComparer.Ordinal).ToList();

    private static List<InsightEvidence> Evidence(IEnumerable<FeatureEntry> entries) =>
        entries.Select(e => new InsightEvidence(ReleaseStatusNames.Label(e.Feature.Status), e.Post, e.Feature.Anchor, e.Date)).ToList();

    private static int MonthsBetween(DateOnly from, DateOnly to) =>
        ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
}
