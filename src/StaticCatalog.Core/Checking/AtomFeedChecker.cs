using System.Xml.Linq;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Checking;

/// <summary>
/// Checks an Atom feed (any <c>*.xml</c> whose root is <c>atom:feed</c>): well-formed, the feed's <c>id</c>,
/// <c>title</c> and <c>updated</c>, each entry's <c>id</c>, <c>title</c>, <c>updated</c> and alternate
/// <c>link</c>, RFC 3339 dates, all SC6005 at the element. Every <c>link href</c> is resolved against its
/// <c>xml:base</c>, else the feed's own URL, and checked like a page's links: a target the site does not have
/// is SC6001 (as for pages and sitemaps), a fragment that names no id SC6002.
/// </summary>
public static class AtomFeedChecker
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly XName Feed = Atom + "feed";
    private static readonly XName Entry = Atom + "entry";
    private static readonly XName Link = Atom + "link";

    public static bool IsFeed(SiteXmlFile file) => file.RootName == Feed;

    public static void Check(SiteXmlFile feed, SiteFiles files, LinkChecker links, DiagnosticBag diagnostics)
    {
        void Report(SourceLocation at, string message) =>
            diagnostics.Add(Diagnostic.Error(files.DiagnosticPath(at.File), at.Line, at.Column, DiagnosticCodes.InvalidFeed, message));

        if (feed.Document?.Root is not { } root)
        {
            Report(feed.ErrorLocation, $"the feed is not well-formed XML: {feed.ErrorMessage}");
            return;
        }

        foreach (var name in new[] { "id", "title", "updated" })
        {
            if (IsBlank(root.Element(Atom + name)))
            {
                Report(feed.LocationOf(root), $"the feed has no <{name}>");
            }
        }

        foreach (var entry in root.Elements(Entry))
        {
            foreach (var name in new[] { "id", "title", "updated" })
            {
                if (IsBlank(entry.Element(Atom + name)))
                {
                    Report(feed.LocationOf(entry), $"an entry has no <{name}>");
                }
            }

            if (!entry.Elements(Link).Any(IsAlternate))
            {
                Report(feed.LocationOf(entry), "an entry has no <link rel=\"alternate\" href> to its page");
            }
        }

        foreach (var date in root.Descendants().Where(e => e.Name == Atom + "updated" || e.Name == Atom + "published"))
        {
            if (!XmlDates.IsRfc3339(date.Value))
            {
                Report(feed.LocationOf(date), $"<{date.Name.LocalName}> '{date.Value}' is not an RFC 3339 date-time (2025-12-01T17:00:00Z)");
            }
        }

        var feedPath = links.Resolver.DocumentPath(feed.File);
        foreach (var link in root.Descendants(Link))
        {
            if (link.Attribute("href")?.Value is { } href)
            {
                links.Check(feed.LocationOf(link), href, BaseOf(link, feedPath, links.Resolver));
            }
        }
    }

    /// <summary>The document path relative links under <paramref name="element"/> resolve against: each <c>xml:base</c> from the root down, applied in turn.</summary>
    private static string? BaseOf(XElement element, string feedPath, SiteLinkResolver resolver)
    {
        string? current = feedPath;
        foreach (var ancestor in element.AncestorsAndSelf().Reverse())
        {
            if (ancestor.Attribute(XNamespace.Xml + "base")?.Value is { } xmlBase)
            {
                current = resolver.ResolveBase(xmlBase, current);
            }
        }

        return current;
    }

    private static bool IsAlternate(XElement link) =>
        link.Attribute("rel")?.Value is null or "alternate" && !string.IsNullOrWhiteSpace(link.Attribute("href")?.Value);

    private static bool IsBlank(XElement? element) => element is null || string.IsNullOrWhiteSpace(element.Value);
}
