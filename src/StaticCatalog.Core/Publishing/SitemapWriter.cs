using System.Globalization;
using System.Text;
using System.Xml;
using StaticCatalog.Formatting;
using StaticCatalog.Output;
using StaticCatalog.Rendering;
using StaticCatalog.Urls;

namespace StaticCatalog.Publishing;

/// <summary>
/// <c>sitemap.xml</c>: every indexable page once, with <c>lastmod</c> from its content (the newest post it
/// shows; for a page that shows none, such as an empty status board, the site's newest post), never from
/// the clock. Past 50,000 pages (the protocol's limit per file) the pages go to
/// <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>, ... and <c>sitemap.xml</c> becomes their index.
/// </summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public const int MaxUrlsPerFile = 50_000;

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    /// <param name="siteUpdated">The date of the site's newest post: the date of pages that show no post.</param>
    public static IReadOnlyList<OutputFile> Write(IReadOnlyList<PageSpec> pages, SiteUrl url, DateTimeOffset? siteUpdated, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        var listed = pages.Where(p => p.Kind.Indexed)
            .Select(p => p.LastModified is null ? p with { LastModified = siteUpdated } : p)
            .OrderBy(p => p.SitePath, StringComparer.Ordinal)
            .ToList();
        if (listed.Count <= maxUrlsPerFile)
        {
            return [UrlSet(SitePaths.Sitemap, listed, url)];
        }

        var parts = listed.Chunk(maxUrlsPerFile)
            .Select((chunk, i) => UrlSet(string.Create(CultureInfo.InvariantCulture, $"sitemap-{i + 1}.xml"), chunk, url))
            .ToList();
        return [Index(parts, listed, url), .. parts];
    }

    private static OutputFile UrlSet(string path, IReadOnlyList<PageSpec> pages, SiteUrl url) => Document(path, xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in pages)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", url.Absolute(page.SitePath));
            if (page.LastModified is { } modified)
            {
                xml.WriteElementString("lastmod", DateFormat.Iso(modified));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static OutputFile Index(IReadOnlyList<OutputFile> parts, IReadOnlyList<PageSpec> pages, SiteUrl url) => Document(SitePaths.Sitemap, xml =>
    {
        xml.WriteStartElement("sitemapindex", Namespace);
        var newest = pages.Select(p => p.LastModified).Max();
        foreach (var part in parts)
        {
            xml.WriteStartElement("sitemap");
            xml.WriteElementString("loc", url.Absolute(part.RelativePath));
            if (newest is { } modified)
            {
                xml.WriteElementString("lastmod", DateFormat.Iso(modified));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static OutputFile Document(string path, Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        return new OutputFile(path, buffer.ToArray());
    }
}
