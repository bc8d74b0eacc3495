using StaticCatalog.Catalog;
using StaticCatalog.Urls;

namespace StaticCatalog.Site;

/// <summary>
/// The catalog half of the barrier: gives every post, feature and limit a site-wide id, groups
/// features across posts into histories, and gathers each service's posts, features, limits and tags.
/// </summary>
public static class CatalogAssembler
{
    private const int RelatedTagCount = 20;

    /// <param name="posts">The site's posts, newest first.</param>
    /// <param name="taxonomy">The services.</param>
    public static SiteCatalog Assemble(IReadOnlyList<SitePost> posts, ServiceTaxonomy taxonomy)
    {
        var postIds = new Dictionary<SitePost, string>(ReferenceEqualityComparer.Instance);
        foreach (var post in posts)
        {
            postIds[post] = PostId(post.SitePath);
        }

        var features = new List<FeatureEntry>();
        var limits = new List<LimitEntry>();
        foreach (var post in posts)
        {
            var postId = postIds[post];
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

                postFeatures.Add(new FeatureEntry($"{postId}#{id}", feature, post, feature.Date ?? post.Post.Date, FeatureHistory.KeyOf(feature.Services, feature.Name)));
            }

            features.AddRange(postFeatures);
            var number = 0;
            foreach (var limit in post.Post.Catalog.Limits)
            {
                var feature = limit.Feature is null ? null : postFeatures.FirstOrDefault(f => f.Feature.Name == limit.Feature);
                limits.Add(new LimitEntry($"{postId}#limit-{++number}", limit, post, feature));
            }
        }

        var newestFirst = features
            .Select((entry, index) => (entry, index))
            .OrderByDescending(f => f.entry.Date.UtcDateTime)
            .ThenBy(f => f.index)
            .Select(f => f.entry)
            .ToList();
        var histories = features
            .GroupBy(f => f.HistoryKey, StringComparer.Ordinal)
            .Select(g => new FeatureHistory(g.Key, g.OrderBy(f => f.Date.UtcDateTime).ThenBy(f => f.Id, StringComparer.Ordinal).ToList()))
            .OrderByDescending(h => h.Current.Date.UtcDateTime)
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .ToList();

        var serviceOrder = taxonomy.Services.Select((s, i) => (s.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var orderedLimits = limits
            .OrderBy(l => l.Limit.Service is { } slug && serviceOrder.TryGetValue(slug, out var i) ? i : int.MaxValue)
            .ThenBy(l => l.Limit.BaseUnit, StringComparer.Ordinal)
            .ThenBy(l => l.Limit.Metric, StringComparer.OrdinalIgnoreCase)
            .ThenByDescending(l => l.Limit.Normalized)
            .ThenBy(l => l.Id, StringComparer.Ordinal)
            .ToList();

        var services = taxonomy.Services.Select(service => AssembleService(service, posts, newestFirst, orderedLimits)).ToList();
        return new SiteCatalog(taxonomy.Categories, services, newestFirst, orderedLimits, histories, postIds,
            ByPost(newestFirst, f => f.Post), ByPost(orderedLimits, l => l.Post));
    }

    /// <summary>The items of each post, in the order given.</summary>
    private static Dictionary<SitePost, IReadOnlyList<T>> ByPost<T>(IEnumerable<T> items, Func<T, SitePost> postOf)
    {
        var lists = new Dictionary<SitePost, List<T>>(ReferenceEqualityComparer.Instance);
        foreach (var item in items)
        {
            var post = postOf(item);
            if (!lists.TryGetValue(post, out var list))
            {
                lists[post] = list = [];
            }

            list.Add(item);
        }

        return lists.ToDictionary<KeyValuePair<SitePost, List<T>>, SitePost, IReadOnlyList<T>>(p => p.Key, p => p.Value, ReferenceEqualityComparer.Instance);
    }

    /// <summary>"posts/2025/12/some-title/" is "2025-12-some-title".</summary>
    public static string PostId(string sitePath) =>
        sitePath.StartsWith(SitePaths.Posts, StringComparison.Ordinal)
            ? sitePath[SitePaths.Posts.Length..].TrimEnd('/').Replace('/', '-')
            : sitePath.TrimEnd('/').Replace('/', '-');

    private static ServiceEntry AssembleService(Service service, IReadOnlyList<SitePost> posts, List<FeatureEntry> features, List<LimitEntry> limits)
    {
        var servicePosts = posts.Where(p => p.Post.Catalog.Services.Contains(service.Slug, StringComparer.Ordinal)).ToList();
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
            features.Where(f => f.Feature.Services.Contains(service.Slug, StringComparer.Ordinal)).ToList(),
            limits.Where(l => l.Limit.Service == service.Slug).ToList(),
            related);
    }
}
