using System.Xml.Linq;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Checking;

/// <summary>
/// Checks <c>sitemap.xml</c>, a <c>urlset</c> or a <c>sitemapindex</c> whose sitemaps are checked in turn:
/// well-formed, a <c>loc</c> in every entry, W3C dates in <c>lastmod</c>, no page listed twice, no URL off
/// the site, and every page listed unless it is marked <c>noindex</c> (SC6006). A <c>loc</c> may be absolute,
/// root-relative or relative to the sitemap (a site built without an absolute base URL); it is checked as a link,
/// so a page the site does not have is SC6001, as for pages and feeds.
/// </summary>
public static class SitemapChecker
{
    public const string File = "sitemap.xml";

    public static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Checks the sitemaps and returns their files (the feed check leaves them alone).</summary>
    public static IReadOnlySet<string> Check(SiteFiles files, IReadOnlyList<CheckedPage> pages, LinkChecker links, DiagnosticBag diagnostics)
    {
        var sitemapFiles = new HashSet<string>(StringComparer.Ordinal);
        if (!files.Contains(File))
        {
            return sitemapFiles;
        }

        var run = new Run(files, links, diagnostics);
        sitemapFiles.Add(File);
        var sitemap = SiteXmlFile.Load(files, File);
        if (!run.IsReadable(sitemap))
        {
            return sitemapFiles;
        }

        var root = sitemap.Document!.Root!;
        var complete = true;
        if (root.Name == Sitemaps + "urlset")
        {
            run.CheckUrlSet(sitemap);
        }
        else if (root.Name == Sitemaps + "sitemapindex")
        {
            foreach (var entry in root.Elements(Sitemaps + "sitemap"))
            {
                var child = run.Follow(sitemap, entry);
                if (child is null)
                {
                    complete = false;
                    continue;
                }

                if (!sitemapFiles.Add(child))
                {
                    continue;
                }

                var childSitemap = SiteXmlFile.Load(files, child);
                if (!run.IsReadable(childSitemap))
                {
                    continue;
                }

                if (childSitemap.RootName != Sitemaps + "urlset")
                {
                    run.Report(childSitemap.LocationOf(childSitemap.Document!.Root!), $"the sitemap index lists {child}, whose root is <{childSitemap.RootName?.LocalName}>, not a sitemap <urlset>");
                    complete = false;
                    continue;
                }

                run.CheckUrlSet(childSitemap);
            }
        }
        else
        {
            run.Report(sitemap.LocationOf(root), $"the root element is <{root.Name.LocalName}>, not a sitemap <urlset> or <sitemapindex> (namespace {Sitemaps.NamespaceName})");
            return sitemapFiles;
        }

        // A sitemap that could not be read whole would make every page it lists look left out.
        if (complete && run.AllReadable)
        {
            foreach (var page in pages.Where(p => !p.NoIndex && !run.Listed.ContainsKey(p.File)))
            {
                run.Report(sitemap.LocationOf(root), $"the page {page.File} is not listed (a page that should not be is marked <meta name=\"robots\" content=\"noindex\">)");
            }
        }

        return sitemapFiles;
    }

    /// <summary>The state of one check: what was listed where, and whether every sitemap could be read.</summary>
    private sealed class Run(SiteFiles files, LinkChecker links, DiagnosticBag diagnostics)
    {
        public Dictionary<string, SourceLocation> Listed { get; } = new(StringComparer.Ordinal);

        public bool AllReadable { get; private set; } = true;

        public void Report(SourceLocation at, string message) =>
            diagnostics.Add(Diagnostic.Error(files.DiagnosticPath(at.File), at.Line, at.Column, DiagnosticCodes.InvalidSitemap, message));

        public bool IsReadable(SiteXmlFile sitemap)
        {
            if (sitemap.Document?.Root is not null)
            {
                return true;
            }

            Report(sitemap.ErrorLocation, $"the sitemap is not well-formed XML: {sitemap.ErrorMessage}");
            AllReadable = false;
            return false;
        }

        /// <summary>The site file a sitemap index entry names, or null (reported) when it has none.</summary>
        public string? Follow(SiteXmlFile index, XElement entry)
        {
            var loc = entry.Element(Sitemaps + "loc");
            if (loc is null || string.IsNullOrWhiteSpace(loc.Value))
            {
                Report(index.LocationOf(entry), "a <sitemap> has no <loc>");
                return null;
            }

            var link = links.Check(index.LocationOf(loc), loc.Value, links.Resolver.DocumentPath(index.File));
            if (link.Kind == LinkTargetKind.External)
            {
                Report(index.LocationOf(loc), OffSite(loc.Value));
            }

            return link.Kind == LinkTargetKind.Found ? link.File : null;
        }

        public void CheckUrlSet(SiteXmlFile sitemap)
        {
            var documentPath = links.Resolver.DocumentPath(sitemap.File);
            foreach (var url in sitemap.Document!.Root!.Elements(Sitemaps + "url"))
            {
                var lastmod = url.Element(Sitemaps + "lastmod");
                if (lastmod is not null && !XmlDates.IsW3cDatetime(lastmod.Value))
                {
                    Report(sitemap.LocationOf(lastmod), $"<lastmod> '{lastmod.Value}' is not a W3C date or date-time (2025-12-01 or 2025-12-01T17:00:00+00:00)");
                }

                var loc = url.Element(Sitemaps + "loc");
                if (loc is null || string.IsNullOrWhiteSpace(loc.Value))
                {
                    Report(sitemap.LocationOf(url), "a <url> has no <loc>");
                    continue;
                }

                var at = sitemap.LocationOf(loc);
                var link = links.Check(at, loc.Value, documentPath);
                if (link.Kind == LinkTargetKind.External)
                {
                    Report(at, OffSite(loc.Value));
                }
                else if (link.Kind == LinkTargetKind.Found && !Listed.TryAdd(link.File!, at))
                {
                    var first = Listed[link.File!];
                    Report(at, $"{link.File} is listed twice (first at {first.File} line {first.Line})");
                }
            }
        }

        private string OffSite(string loc) =>
            $"'{loc}' is not a URL of this site (its root is {links.Resolver.SiteUrl.AbsoluteRoot ?? links.Resolver.BasePath + ", with no absolute URL: give --base-url"})";
    }
}
