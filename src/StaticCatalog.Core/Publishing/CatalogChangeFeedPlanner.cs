using StaticCatalog.Site;
using StaticCatalog.Site.ChangeHistory;
using StaticCatalog.Urls;

namespace StaticCatalog.Publishing;

/// <summary>
/// The Atom feeds of catalog changes (<see cref="CatalogChangeFinder"/>): <c>changes.xml</c> for the whole site,
/// always written (it follows the status board, which links it), and <c>services/&lt;slug&gt;/changes.xml</c> for
/// each service with at least one change (a change is in the feed of each service of its feature or limit), each
/// capped at <c>feed_entries</c>.
/// </summary>
public static class CatalogChangeFeedPlanner
{
    public static IReadOnlyList<CatalogChangeFeed> Plan(SiteModel site)
    {
        var changes = CatalogChangeFinder.Find(site.Catalog);
        var byService = ByService(changes);
        return
        [
            Feed(site, SitePaths.ChangeFeed, "Catalog changes", string.Empty, SitePaths.Status, changes),
            .. site.Catalog.Services
                .Where(s => byService.ContainsKey(s.Service.Slug))
                .Select(s => Feed(site, SitePaths.ChangeFeedOf(s.SitePath), $"Catalog changes: {s.Service.Name}", $" for {s.Service.Name}", s.SitePath, byService[s.Service.Slug])),
        ];
    }

    /// <summary>The slugs of the services that have a change feed (their pages link it).</summary>
    public static IReadOnlySet<string> ServicesWithFeeds(SiteCatalog catalog) =>
        CatalogChangeFinder.Find(catalog).SelectMany(c => c.Services).ToHashSet(StringComparer.Ordinal);

    /// <param name="name">The feed's title before the site's.</param>
    /// <param name="about">What the subtitle says the feed follows, after "the catalog of the site".</param>
    private static CatalogChangeFeed Feed(SiteModel site, string sitePath, string name, string about, string pageSitePath, IReadOnlyList<CatalogChange> changes)
    {
        var title = site.Config.Title;
        return new CatalogChangeFeed(sitePath, $"{name} · {title}",
            $"Changes in the catalog of {title}{about}, newest first: features first seen, status changes, new limits.", pageSitePath, [.. changes.Take(site.Config.FeedEntries)]);
    }

    /// <summary>The changes of each service, in the order given; a change naming a service twice is listed once.</summary>
    private static Dictionary<string, List<CatalogChange>> ByService(IReadOnlyList<CatalogChange> changes) => changes
        .SelectMany(c => c.Services.Distinct(StringComparer.Ordinal), (change, slug) => (change, slug))
        .GroupBy(c => c.slug, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(c => c.change).ToList(), StringComparer.Ordinal);
}
