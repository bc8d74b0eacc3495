using StaticCatalog.Catalog;
using StaticCatalog.Formatting;

namespace StaticCatalog.Site.ChangeHistory;

/// <summary>
/// The changes a catalog's histories tell, newest first (by the date of the post that made each, then by id), so
/// the same catalog always gives the same list: each feature entity's first mention (<see cref="CatalogChangeKind.NewFeature"/>),
/// each later mention stating a known status other than the last one stated (<see cref="CatalogChangeKind.StatusChange"/>;
/// a mention without a status changes nothing, nor does one that states the same status again), each limit
/// (<see cref="CatalogChangeKind.NewLimit"/>). Read from the catalog the pages show, so a feed says what the pages say.
/// </summary>
public static class CatalogChangeFinder
{
    public static IReadOnlyList<CatalogChange> Find(SiteCatalog catalog) => catalog.Histories
        .SelectMany(FeatureChanges)
        .Concat(catalog.Limits.Where(l => l.FormerOf is null).Select(l => Limit(l, catalog.LimitHistories)))
        .OrderByDescending(c => c.Date.UtcDateTime)
        .ThenBy(c => c.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>The entity's first mention, then each transition between the statuses its mentions state, oldest first.</summary>
    private static IEnumerable<CatalogChange> FeatureChanges(FeatureHistory history)
    {
        var first = history.Entries[0];
        yield return NewFeature(first);
        var stated = first.Feature.Status == ReleaseStatus.Unknown ? null : first;
        foreach (var entry in history.Entries.Skip(1).Where(e => e.Feature.Status != ReleaseStatus.Unknown))
        {
            if (stated is not null && entry.Feature.Status != stated.Feature.Status)
            {
                yield return StatusChange(entry, stated);
            }

            stated = entry;
        }
    }

    private static CatalogChange NewFeature(FeatureEntry entry)
    {
        var feature = entry.Feature;
        var status = feature.Status == ReleaseStatus.Unknown ? string.Empty : $" ({ReleaseStatusNames.Label(feature.Status)})";
        return Feature(CatalogChangeKind.NewFeature, entry, $"New: {feature.Name}{status}", $"First seen in “{entry.Post.Post.Title}”: {feature.Evidence}");
    }

    /// <param name="entry">The mention that states the new status.</param>
    /// <param name="before">The last earlier mention that stated one.</param>
    private static CatalogChange StatusChange(FeatureEntry entry, FeatureEntry before)
    {
        var from = ReleaseStatusNames.Label(before.Feature.Status);
        var to = ReleaseStatusNames.Label(entry.Feature.Status);
        return Feature(CatalogChangeKind.StatusChange, entry, $"{entry.Feature.Name}: {from} → {to}",
            $"{to} in “{entry.Post.Post.Title}”, {from} in “{before.Post.Post.Title}” ({DateFormat.Display(before.Post.Post.Date)}): {entry.Feature.Evidence}");
    }

    private static CatalogChange Feature(CatalogChangeKind kind, FeatureEntry entry, string title, string summary) =>
        new(kind, Id(kind, entry.Id), entry.Post, entry.Feature.Anchor, title, summary, entry.Feature.Services);

    /// <summary>A new limit, or a changed one when an earlier statement of it (a former value included) gave another value.</summary>
    private static CatalogChange Limit(LimitEntry entry, LimitHistories histories)
    {
        var before = histories.Of(entry)?.Entries.TakeWhile(e => e.Id != entry.Id).LastOrDefault();
        if (before is null || before.Limit.Normalized == entry.Limit.Normalized)
        {
            return NewLimit(entry);
        }

        var limit = entry.Limit;
        var when = before.FormerOf is null ? $"“{before.Post.Post.Title}” ({DateFormat.Display(before.Post.Post.Date)})" : "before, as the post says";
        return new CatalogChange(CatalogChangeKind.ChangedLimit, Id(CatalogChangeKind.ChangedLimit, entry.Id), entry.Post, limit.Anchor,
            $"{limit.Subject}: {limit.Metric} {LimitFormat.Stated(before.Limit)} → {LimitFormat.Stated(limit)}",
            $"{LimitFormat.Stated(limit)} in “{entry.Post.Post.Title}”, {LimitFormat.Stated(before.Limit)} in {when}: {limit.Evidence}",
            limit.Service is { } service ? [service] : []);
    }

    private static CatalogChange NewLimit(LimitEntry entry)
    {
        var limit = entry.Limit;
        var qualifier = limit.Qualifier is { Length: > 0 } q ? $" ({q})" : string.Empty;
        return new CatalogChange(CatalogChangeKind.NewLimit, Id(CatalogChangeKind.NewLimit, entry.Id), entry.Post, limit.Anchor,
            $"{limit.Subject}: {limit.Metric} {LimitFormat.Stated(limit)}{qualifier}", $"Stated in “{entry.Post.Post.Title}”: {limit.Evidence}",
            limit.Service is { } service ? [service] : []);
    }

    /// <summary>"status-change/2025-09-nat-gateway-v2-ga/nat-gateway-v2": the kind and the catalog.json id, which are stable for an unchanged post.</summary>
    private static string Id(CatalogChangeKind kind, string catalogId) => $"{CatalogChangeKinds.Id(kind)}/{catalogId.Replace('#', '/')}";
}
