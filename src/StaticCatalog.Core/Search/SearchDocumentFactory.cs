using System.Globalization;
using StaticCatalog.Formatting;
using StaticCatalog.Site;

namespace StaticCatalog.Search;

/// <summary>
/// What search can find, in id order: the services that have a page (so a product name finds its page
/// first), then every post, newest first, then the tags of more than one post (a tag of one post is found
/// through that post). Results that score alike keep this order.
/// </summary>
public static class SearchDocumentFactory
{
    /// <summary>A result shows this much of its excerpt; the same text is what is indexed.</summary>
    public const int ExcerptLength = 200;

    public static IReadOnlyList<SearchDocument> Create(SiteModel site)
    {
        var catalog = site.Catalog;
        var serviceNames = catalog.Services.ToDictionary(s => s.Service.Slug, s => s.Service.Name, StringComparer.Ordinal);
        var services = catalog.Services.Where(s => s.HasPage).Select(Service);
        var posts = site.Posts.Select(p => Post(site, p, serviceNames));
        var tags = site.Tags
            .Where(t => t.Posts.Count > 1)
            .OrderByDescending(t => t.Posts.Count)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Select(t => new SearchDocument(SearchDocumentKind.Tag, t.SitePath, t.Name, string.Empty, $"Tag: {NumberFormat.Counted(t.Posts.Count, "post")}", []));
        return [.. services, .. posts, .. tags];
    }

    private static SearchDocument Service(ServiceEntry entry)
    {
        var service = entry.Service;
        // The figures come first: a reader searching a product usually wants its limits.
        var figures = entry.Limits.Take(4).Select(l => $"{LimitFormat.Stated(l.Limit)} {l.Limit.Metric}").ToList();
        var counts = $"{service.Category} service: {NumberFormat.Counted(entry.Posts.Count, "post")}, "
                     + $"{NumberFormat.Counted(entry.Features.Count, "feature")}, {NumberFormat.Counted(entry.Limits.Count, "limit")}";
        var summary = TextFormat.Shorten(figures.Count > 0 ? $"Limits: {string.Join("; ", figures)}. {counts}" : counts, ExcerptLength);
        return new SearchDocument(SearchDocumentKind.Service, entry.SitePath, service.Name, string.Empty, summary, [.. service.Aliases, .. service.Tags]);
    }

    private static SearchDocument Post(SiteModel site, SitePost sitePost, IReadOnlyDictionary<string, string> serviceNames)
    {
        var post = sitePost.Post;
        var services = post.Catalog.Services.Select(slug => serviceNames.GetValueOrDefault(slug) ?? slug);
        var features = site.Catalog.FeaturesOf(sitePost).Select(f => f.Feature.Name);
        var limits = site.Catalog.LimitsOf(sitePost).Select(l =>
            $"{l.Limit.Value.ToString("0.##########", CultureInfo.InvariantCulture)} {l.Limit.Unit} {l.Limit.Metric}");
        return new SearchDocument(
            SearchDocumentKind.Post,
            sitePost.SitePath,
            post.Title,
            DateFormat.Day(post.Date),
            TextFormat.Shorten(post.ExcerptText, ExcerptLength),
            [.. services, .. features, .. limits, .. post.Tags]);
    }
}
