using StaticCatalog.Configuration;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Publishing;

/// <summary>
/// The site's Atom feeds: one for the whole site (whole posts), one per service with posts about it and one per
/// tag with at least <c>tag_feed_min_posts</c> posts (excerpts, to keep thousands of small feeds small), each capped
/// at <c>feed_entries</c>.
/// </summary>
public static class AtomFeedPlanner
{
    public static IReadOnlyList<AtomFeed> Plan(SiteModel site)
    {
        var cap = site.Config.FeedEntries;
        var title = site.Config.Title;
        var feeds = new List<AtomFeed> { SiteFeed(site) };
        foreach (var service in site.Catalog.Services.Where(s => s.Posts.Count > 0))
        {
            var name = service.Service.Name;
            feeds.Add(new AtomFeed(SitePaths.FeedOf(service.SitePath), $"{name} · {title}",
                $"Posts of {title} about {name}, newest first.", service.SitePath, Newest(service.Posts, cap), WithContent: false));
        }

        foreach (var tag in site.Tags.Where(t => HasFeed(t, site.Config)))
        {
            feeds.Add(new AtomFeed(SitePaths.FeedOf(tag.SitePath), $"Tag: {tag.Name} · {title}",
                $"Posts of {title} tagged {tag.Name}, newest first.", tag.SitePath, Newest(tag.Posts, cap), WithContent: false));
        }

        return feeds;
    }

    /// <summary>Whether <paramref name="tag"/> has a feed of its own (and its pages link it): <c>tag_feed_min_posts</c> posts or more.</summary>
    public static bool HasFeed(Term tag, SiteConfig config) => tag.Posts.Count >= config.TagFeedMinPosts;

    /// <summary>The feed of the whole site, with whole posts.</summary>
    public static AtomFeed SiteFeed(SiteModel site) =>
        new(SitePaths.AtomFeed, site.Config.Title, site.Config.Description, SitePaths.Home, Newest(site.Posts, site.Config.FeedEntries), WithContent: true);

    private static IReadOnlyList<SitePost> Newest(IReadOnlyList<SitePost> posts, int cap) =>
        posts.Count <= cap ? posts : posts.Take(cap).ToList();
}
