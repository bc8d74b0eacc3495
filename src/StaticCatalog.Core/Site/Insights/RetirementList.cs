namespace StaticCatalog.Site.Insights;

/// <summary>
/// The retirements the pages show, in the order <c>/retirements/</c> and <c>retirements.ics</c> list them: those
/// due on or after the report's day (<see cref="CatalogInsights.AsOfDay"/>) soonest first, then those already past,
/// the latest first, then those no post dates, by their newest mention.
/// </summary>
public static class RetirementList
{
    public static IReadOnlyList<Retirement> Of(SiteModel site)
    {
        var asOf = CatalogInsights.AsOfDay(site);
        var all = site.Catalog.Histories.Select(Retirement.Of).OfType<Retirement>().ToList();
        var upcoming = all.Where(r => r.Target is { } t && t.Date >= asOf).OrderBy(r => r.Target!.Date).ThenBy(r => r.History.Id, StringComparer.Ordinal);
        var past = all.Where(r => r.Target is { } t && t.Date < asOf).OrderByDescending(r => r.Target!.Date).ThenBy(r => r.History.Id, StringComparer.Ordinal);
        var undated = all.Where(r => r.Target is null).OrderByDescending(r => r.Entry.Date.UtcDateTime).ThenBy(r => r.History.Id, StringComparer.Ordinal);
        return [.. upcoming, .. past, .. undated];
    }
}
