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
    /// <summary>
    /// Hands every file to <paramref name="write"/> as soon as it is made (feeds from several threads at once), so
    /// the 11,000-odd feeds of a large site are never held in memory together.
    /// </summary>
    public static void Create(SiteModel site, IReadOnlyList<PageSpec> pages, Action<OutputFile> write)
    {
        var writer = new AtomFeedWriter(site);
        var feeds = AtomFeedPlanner.Plan(site);
        Parallel.For(0, feeds.Count, i => write(writer.Write(feeds[i])));
        foreach (var sitemap in SitemapWriter.Write(pages, site.Url, PagePlanner.Newest(site.Posts)))
        {
            write(sitemap);
        }

        write(new OutputFile(SitePaths.Robots, Encoding.UTF8.GetBytes(RobotsTxt(site.Url))));
        write(new OutputFile(SitePaths.NoJekyll, []));
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
