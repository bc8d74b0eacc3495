using System.Collections.Concurrent;
using System.Diagnostics;
using StaticCatalog.Diagnostics;
using StaticCatalog.Urls;

namespace StaticCatalog.Checking;

/// <summary>
/// Checks a built site folder as it will be published: the files every site has, every HTML page (parsed once,
/// in parallel), the Atom feeds, the sitemap, robots.txt and catalog.json, and every internal link and
/// fragment of all of them. Reads the folder only; problems are diagnostics (SC6xxx), never exceptions.
/// </summary>
public static class SiteChecker
{
    /// <summary>
    /// Checks <paramref name="siteDirectory"/>. Links are resolved against <paramref name="siteUrl"/>, or when it
    /// is null against the base URL of the home page's canonical link (a domain root when there is none).
    /// </summary>
    /// <param name="siteDirectory">The built site.</param>
    /// <param name="siteUrl">The root its links were built for; null reads it from the home page.</param>
    /// <param name="cancellationToken">Stops the page checks.</param>
    /// <param name="catalog">Also report the catalog's consistency report (<c>check --catalog</c>, <see cref="CatalogReportChecker"/>).</param>
    /// <param name="strict">Report its items as errors, not warnings (<c>--strict</c>).</param>
    public static SiteCheckResult Check(string siteDirectory, SiteUrl? siteUrl = null, CancellationToken cancellationToken = default, bool catalog = false, bool strict = false)
    {
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(siteDirectory))
        {
            diagnostics.Add(RequiredSiteFiles.MissingFolder(siteDirectory));
            return new SiteCheckResult { Diagnostics = diagnostics.ToSortedList(), SiteUrl = siteUrl ?? SiteUrl.Root, Elapsed = stopwatch.Elapsed };
        }

        var files = SiteFiles.Scan(siteDirectory);
        var url = siteUrl ?? SiteUrlInference.FromHomePage(files);
        RequiredSiteFiles.Check(files, diagnostics);
        var links = new LinkChecker(new SiteLinkResolver(url, files), files, diagnostics);

        var pages = CheckPages(files, links, diagnostics, cancellationToken);
        var sitemaps = SitemapChecker.Check(files, pages, links, diagnostics);
        var feeds = CheckFeeds(files, sitemaps, links, diagnostics);
        RobotsTxtChecker.Check(files, links);
        CatalogJsonChecker.Check(files, links, diagnostics);
        CalendarChecker.Check(files, links, diagnostics);
        var insights = catalog ? CatalogReportChecker.Check(files, strict, diagnostics) : 0;
        links.CheckFragments(pages.ToDictionary(p => p.File, p => p.Anchors, StringComparer.Ordinal));

        return new SiteCheckResult
        {
            Diagnostics = diagnostics.ToSortedList(),
            SiteUrl = url,
            PagesChecked = pages.Count,
            FeedsChecked = feeds,
            LinksChecked = links.LinksChecked,
            InsightsReported = insights,
            Elapsed = stopwatch.Elapsed,
        };
    }

    /// <summary>Every HTML page, parsed once each, in parallel (a parser per thread), sorted by file.</summary>
    private static IReadOnlyList<CheckedPage> CheckPages(SiteFiles files, LinkChecker links, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var pages = new ConcurrentBag<CheckedPage>();
        Parallel.ForEach(
            files.All.Where(SiteFiles.IsHtml),
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new HtmlPageChecker(),
            (file, _, checker) =>
            {
                pages.Add(checker.Check(file, File.ReadAllText(files.FullPath(file)), files, links, diagnostics));
                return checker;
            },
            _ => { });
        return pages.OrderBy(p => p.File, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every <c>*.xml</c> other than the sitemaps: an Atom feed is checked; one that is not well-formed XML is
    /// reported as a broken feed (SC6005), since feeds are the site's only other XML. Returns the count checked.
    /// </summary>
    private static int CheckFeeds(SiteFiles files, IReadOnlySet<string> sitemaps, LinkChecker links, DiagnosticBag diagnostics)
    {
        var count = 0;
        foreach (var file in files.All.Where(f => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !sitemaps.Contains(f)))
        {
            var xml = SiteXmlFile.Load(files, file);
            if (xml.Document is null || AtomFeedChecker.IsFeed(xml))
            {
                AtomFeedChecker.Check(xml, files, links, diagnostics);
                count++;
            }
        }

        return count;
    }
}
