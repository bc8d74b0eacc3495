using StaticCatalog.Catalog;
using StaticCatalog.Site;

namespace StaticCatalog.Changes;

/// <summary>
/// Compares a previous catalog with the current one. Ids in catalog.json are not what identifies an item
/// across builds (a post's id follows its title and can be renumbered when another post takes its URL; a
/// limit's id is its number in the post), so each kind is matched by what stays the same when the seeds change:
/// <list type="bullet">
/// <item>A post by its seed file (<c>source</c>): retitling a post does not make it a new post.</item>
/// <item>
/// A feature by <see cref="FeatureKey"/>, its first service and normalized name (a previous catalog.json may come from
/// an older build, so the key is made from what every catalog.json has, not from the site's entity ids). Matching by the
/// feature id (post id + slug) would call "Foo is now generally available" in a new post a new feature, when it is
/// the status change the reviewer wants to see. Its status is the site's: the newest mention that states one.
/// </item>
/// <item>
/// A limit by its post's seed file, service, metric and qualifier, not across posts: the catalog keeps every
/// post's figure (one service and metric has up to eight in the corpus), so a new post stating another figure
/// adds a limit and changes none. Within one post, figures with the same identity are paired equal figures first,
/// then the rest in order of size, so "5 and 20 Gbps" becoming "5 and 40 Gbps" is one change, 20 → 40 Gbps.
/// </item>
/// </list>
/// </summary>
public static class CatalogComparer
{
    public static CatalogChanges Compare(CatalogSnapshot previous, CatalogSnapshot current)
    {
        var featuresBefore = CurrentFeatures(previous.Features);
        var featuresAfter = CurrentFeatures(current.Features);
        var statusChanges = featuresAfter
            .Where(f => featuresBefore.TryGetValue(f.Key, out var before) && before.Status != f.Value.Status)
            .Select(f => new ChangedItem<SnapshotFeature>(featuresBefore[f.Key], f.Value));
        var (newLimits, changedLimits, removedLimits) = CompareLimits(previous.Limits, current.Limits);
        return new CatalogChanges(
            NewestFirst(NotIn(current.Posts, previous.Posts, p => p.Source), p => (p.Date, p.Id)),
            NewestFirst(NotIn(previous.Posts, current.Posts, p => p.Source), p => (p.Date, p.Id)),
            NewServices(previous.Services, current.Services),
            NewestFirst(NotIn(featuresAfter, featuresBefore), f => (f.Date, f.Id)),
            NewestFirst(statusChanges, c => (c.After.Date, c.After.Id)),
            NewestFirst(NotIn(featuresBefore, featuresAfter), f => (f.Date, f.Id)),
            ByService(newLimits, l => l),
            ByService(changedLimits, c => c.After),
            ByService(removedLimits, l => l));
    }

    /// <summary>Where each feature stands: as <see cref="FeatureHistory.Current"/>, its newest mention that states a status, else its newest.</summary>
    private static Dictionary<string, SnapshotFeature> CurrentFeatures(IEnumerable<SnapshotFeature> features) =>
        features
            .GroupBy(f => FeatureKey(f.ServiceIds, f.Name), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var oldestFirst = g.OrderBy(f => f.Date.UtcDateTime).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
                    return oldestFirst.LastOrDefault(f => f.Status != ReleaseStatus.Unknown) ?? oldestFirst[^1];
                },
                StringComparer.Ordinal);

    /// <summary>"private-link/privatelinkdirectconnect": the first service, '/', the name in lower case without a leading "(Microsoft) Azure", spaces or punctuation.</summary>
    public static string FeatureKey(IEnumerable<string> services, string name) => $"{services.FirstOrDefault()}/{FeatureFinder.Key(name)}";

    /// <summary>A service new in the taxonomy, or one no post named before and one does now.</summary>
    private static List<SnapshotService> NewServices(IEnumerable<SnapshotService> previous, IEnumerable<SnapshotService> current)
    {
        var hadPosts = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var service in previous)
        {
            hadPosts.TryAdd(service.Id, service.PostCount > 0);
        }

        return current
            .Where(s => hadPosts.TryGetValue(s.Id, out var had) ? !had && s.PostCount > 0 : true)
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static (List<SnapshotLimit> New, List<ChangedItem<SnapshotLimit>> Changed, List<SnapshotLimit> Removed) CompareLimits(
        IEnumerable<SnapshotLimit> previous, IEnumerable<SnapshotLimit> current)
    {
        var before = previous.ToLookup(LimitIdentity, StringComparer.Ordinal);
        var after = current.ToLookup(LimitIdentity, StringComparer.Ordinal);
        var (added, changed, removed) = (new List<SnapshotLimit>(), new List<ChangedItem<SnapshotLimit>>(), new List<SnapshotLimit>());
        foreach (var identity in before.Select(g => g.Key).Union(after.Select(g => g.Key), StringComparer.Ordinal))
        {
            var unmatchedBefore = BySize(before[identity]);
            var unmatchedAfter = new List<SnapshotLimit>();
            foreach (var limit in BySize(after[identity]))
            {
                var same = unmatchedBefore.FindIndex(b => b.BaseUnit == limit.BaseUnit && b.Normalized == limit.Normalized);
                if (same >= 0)
                {
                    unmatchedBefore.RemoveAt(same);
                }
                else
                {
                    unmatchedAfter.Add(limit);
                }
            }

            var pairs = Math.Min(unmatchedBefore.Count, unmatchedAfter.Count);
            changed.AddRange(unmatchedBefore.Zip(unmatchedAfter, (b, a) => new ChangedItem<SnapshotLimit>(b, a)));
            removed.AddRange(unmatchedBefore.Skip(pairs));
            added.AddRange(unmatchedAfter.Skip(pairs));
        }

        return (added, changed, removed);
    }

    /// <summary>Post, service, metric and qualifier (metric and qualifier ignoring case).</summary>
    private static string LimitIdentity(SnapshotLimit limit) =>
        string.Join('\n', limit.PostSource, limit.ServiceId, limit.Metric.ToLowerInvariant(), limit.Qualifier?.ToLowerInvariant());

    private static List<SnapshotLimit> BySize(IEnumerable<SnapshotLimit> limits) =>
        limits.OrderBy(l => l.BaseUnit, StringComparer.Ordinal).ThenByDescending(l => l.Normalized).ThenBy(l => l.Id, StringComparer.Ordinal).ToList();

    /// <summary>The items whose identity none of <paramref name="others"/> has.</summary>
    private static IEnumerable<T> NotIn<T>(IEnumerable<T> items, IEnumerable<T> others, Func<T, string> identity)
    {
        var known = others.Select(identity).ToHashSet(StringComparer.Ordinal);
        return items.Where(item => !known.Contains(identity(item)));
    }

    private static IEnumerable<T> NotIn<T>(Dictionary<string, T> items, Dictionary<string, T> others) =>
        items.Where(item => !others.ContainsKey(item.Key)).Select(item => item.Value);

    private static List<T> NewestFirst<T>(IEnumerable<T> items, Func<T, (DateTimeOffset Date, string Id)> order) =>
        items.OrderByDescending(i => order(i).Date.UtcDateTime).ThenBy(i => order(i).Id, StringComparer.Ordinal).ToList();

    /// <summary>By service name (limits without a service last), metric, qualifier and id.</summary>
    private static List<T> ByService<T>(IEnumerable<T> items, Func<T, SnapshotLimit> limitOf) =>
        items.OrderBy(i => limitOf(i).ServiceName is null)
            .ThenBy(i => limitOf(i).ServiceName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(i => limitOf(i).Metric, StringComparer.OrdinalIgnoreCase)
            .ThenBy(i => limitOf(i).Qualifier, StringComparer.OrdinalIgnoreCase)
            .ThenBy(i => limitOf(i).Id, StringComparer.Ordinal)
            .ToList();
}
