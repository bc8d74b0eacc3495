using System.Text;
using StaticCatalog.Output;
using StaticCatalog.Rendering;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Publishing;

/// <summary>
/// What a host and its crawlers need besides the pages: Atom feeds, <c>sitemap.xml</c>, <c>robots.txt</c>
/// and <c>.nojekyll</c> (GitHub Pages then publishes the files as they are).
/// </summary>
public static class PublishingFiles
{
    public static IReadOnlyList<OutputFile> Create(SiteModel site, IReadOnlyList<PageSpec> pages)
    {
        var writer = new AtomFeedWriter(site);
        var feeds = AtomFeedPlanner.Plan(site);
        var files = new OutputFile[feeds.Count];
        Parallel.For(0, feeds.Count, i => files[i] = writer.Write(feeds[i]));
        return
        [
            .. files,
            .. SitemapWriter.Write(pages, site.Url, PagePlanner.Newest(site.Posts)),
            new OutputFile(SitePaths.Robots, Encoding.UTF8.GetBytes(RobotsTxt(site.Url))),
            new OutputFile(SitePaths.NoJekyll, []),
        ];
    }

    /// <summary>The site-wide feed (<c>atom.xml</c>), the only one that carries whole posts.</summary>
    public static OutputFile SiteFeed(SiteModel site) => new AtomFeedWriter(site).Write(AtomFeedPlanner.SiteFeed(site));

    /// <summary>
    /// Lets every crawler in and names the sitemap. Crawlers read <c>robots.txt</c> only at a host's root, so
    /// under a project path this file matters once the site moves to a user site or a custom domain.
    /// </summary>
    public static string RobotsTxt(SiteUrl url) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {url.Absolute(SitePaths.Sitemap)}\n";
}
