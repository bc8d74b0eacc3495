using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Identity;
using StaticCatalog.Urls;

namespace StaticCatalog.Site;

/// <summary>
/// The catalog half of the barrier: gives every post, feature and limit a site-wide id, groups
/// features across posts into histories (one per <see cref="FeatureIdentity"/> key), and gathers each service's posts, features, limits and tags.
/// </summary>
public static class CatalogAssembler
{
    private const int RelatedTagCount = 20;

    /// <param name="posts">The site's posts, newest first.</param>
    /// <param name="taxonomy">The services.</param>
    public static SiteCatalog Assemble(IReadOnlyList<SitePost> posts, ServiceTaxonomy taxonomy)
    {
        var postIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            postIds[post.SitePath] = PostId(post.SitePath);
        }

        var identity = new FeatureIdentity(taxonomy);
        var entityIds = EntityIds(posts.SelectMany(p => p.Post.Catalog.Features).Select(f => identity.Key(f.Services, f.Name)));
        var features = new List<FeatureEntry>();
        var limits = new List<LimitEntry>();
        foreach (var post in posts)
        {
            var postId = postIds[post.SitePath];
            var used = new HashSet<string>(StringComparer.Ordinal);
            var postFeatures = new List<FeatureEntry>();
            foreach (var feature in post.Post.Catalog.Features)
            {
                var slug = Slugifier.SlugifyShort(feature.Name, 60) is { Length: > 0 } s ? s : "feature";
                var id = slug;
                for (var n = 2; !used.Add(id); n++)
                {
                    id = $"{slug}-{n}";
                }

                var key = identity.Key(feature.Services, feature.Name);
                postFeatures.Add(new FeatureEntry($"{postId}#{id}", feature, post, feature.Date ?? post.Post.Date, key) { EntityId = entityIds[key] });
            }

            features.AddRange(postFeatures);
            var number = 0;
            foreach (var limit in post.Post.Catalog.Limits)
            {
                var feature = limit.Feature is null ? null : postFeatures.FirstOrDefault(f => f.Feature.Name == limit.Feature);
                var id = $"{postId}#limit-{++number}";
                var key = LimitIdentity.Key(limit, feature?.HistoryKey) ?? (limit.Former is null ? null : "limit:" + id);
                limits.Add(new LimitEntry(id, limit, post, feature) { HistoryKey = key });
                if (limit.Former is { } former)
                {
                    var was = limit with { Value = former.Value, Unit = former.Unit, Normalized = former.Normalized, Former = null };
                    limits.Add(new LimitEntry(id + "-was", was, post, feature) { HistoryKey = key, FormerOf = id });
                }
            }
        }

        var newestFirst = features
            .Select((entry, index) => (entry, index))
            .OrderByDescending(f => f.entry.Date.UtcDateTime)
            .ThenBy(f => f.index)
            .Select(f => f.entry)
            .ToList();
        var histories = HistoriesOf(features);

        var serviceOrder = taxonomy.Services.Select((s, i) => (s.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var orderedLimits = limits
            .OrderBy(l => l.Limit.Service is { } slug && serviceOrder.TryGetValue(slug, out var i) ? i : int.MaxValue)
            .ThenBy(l => l.Limit.BaseUnit, StringComparer.Ordinal)
            .ThenBy(l => l.Limit.Metric, StringComparer.OrdinalIgnoreCase)
            .ThenByDescending(l => l.Limit.Normalized)
            .ThenBy(l => l.Id, StringComparer.Ordinal)
            .ToList();

        // Each list is split by service once, in order, rather than scanned once per service.
        var postsByService = ByService(posts, p => p.Post.Catalog.Services);
        var mentionsByService = ByService(posts, p => p.Post.Catalog.Mentioned);
        var featuresByService = ByService(newestFirst, f => f.Feature.Services);
        var limitsByService = ByService(orderedLimits, l => l.Limit.Service is { } slug ? [slug] : []);
        var services = taxonomy.Services
            .Select(service => AssembleService(service, postsByService.GetValueOrDefault(service.Slug) ?? [],
                featuresByService.GetValueOrDefault(service.Slug) ?? [], limitsByService.GetValueOrDefault(service.Slug) ?? [])
                with { MentionedIn = mentionsByService.GetValueOrDefault(service.Slug) ?? [] })
            .ToList();
        return new SiteCatalog(taxonomy.Categories, services, newestFirst, orderedLimits, histories, postIds,
            ByPost(newestFirst, f => f.Post), ByPost(orderedLimits, l => l.Post), new LimitHistories(limits));
    }

    /// <summary>
    /// An entity id for each identity key, in key order: the key's service and words as a slug
    /// ("private-link/connect direct" is "private-link-connect-direct"; a name that is only its service's is the
    /// service's slug), "-2", "-3" after a slug an earlier key took. The same seeds give the same ids.
    /// </summary>
    private static Dictionary<string, string> EntityIds(IEnumerable<string> keys)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var stem = Slugifier.SlugifyShort(key.Replace('/', ' '), 80) is { Length: > 0 } slug ? slug : "feature";
            var id = stem;
            for (var n = 2; !used.Add(id); n++)
            {
                id = $"{stem}-{n}";
            }

            ids[key] = id;
        }

        return ids;
    }

    /// <summary>Features grouped across posts by their history key, each oldest first, the newest history first.</summary>
    public static IReadOnlyList<FeatureHistory> HistoriesOf(IEnumerable<FeatureEntry> features) => features
        .GroupBy(f => f.HistoryKey, StringComparer.Ordinal)
        .Select(g => new FeatureHistory(g.Key, g.OrderBy(f => f.Date.UtcDateTime).ThenBy(f => f.Id, StringComparer.Ordinal).ToList()))
        .OrderByDescending(h => h.Current.Date.UtcDateTime)
        .ThenBy(h => h.Key, StringComparer.Ordinal)
        .ToList();

    /// <summary>The items of each post by its site path, in the order given.</summary>
    internal static Dictionary<string, IReadOnlyList<T>> ByPost<T>(IEnumerable<T> items, Func<T, SitePost> postOf)
    {
        var lists = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var post = postOf(item).SitePath;
            if (!lists.TryGetValue(post, out var list))
            {
                lists[post] = list = [];
            }

            list.Add(item);
        }

        return lists.ToDictionary(p => p.Key, p => (IReadOnlyList<T>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>The items naming each service, in the order given; an item naming a service twice is listed once.</summary>
    private static Dictionary<string, List<T>> ByService<T>(IEnumerable<T> items, Func<T, IReadOnlyList<string>> servicesOf)
    {
        var lists = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var slug in servicesOf(item).Distinct(StringComparer.Ordinal))
            {
                if (!lists.TryGetValue(slug, out var list))
                {
                    lists[slug] = list = [];
                }

                list.Add(item);
            }
        }

        return lists;
    }

    /// <summary>"posts/2025/12/some-title/" is "2025-12-some-title".</summary>
    public static string PostId(string sitePath) =>
        sitePath.StartsWith(SitePaths.Posts, StringComparison.Ordinal)
            ? sitePath[SitePaths.Posts.Length..].TrimEnd('/').Replace('/', '-')
            : sitePath.TrimEnd('/').Replace('/', '-');

    private static ServiceEntry AssembleService(Service service, List<SitePost> servicePosts, List<FeatureEntry> features, List<LimitEntry> limits)
    {
        var related = servicePosts
            .SelectMany(p => p.Tags)
            .GroupBy(t => t.SitePath, StringComparer.Ordinal)
            .Select(g => (Tag: g.First(), Count: g.Count()))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Tag.Name, StringComparer.OrdinalIgnoreCase)
            .Take(RelatedTagCount)
            .ToList();
        return new ServiceEntry(
            service,
            SitePaths.Service(service.Slug),
            servicePosts,
            features,
            limits,
            related);
    }
}
