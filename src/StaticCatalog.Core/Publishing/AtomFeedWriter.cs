using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using StaticCatalog.Formatting;
using StaticCatalog.Output;
using StaticCatalog.Posts;
using StaticCatalog.Site;
using StaticCatalog.Site.ChangeHistory;
using StaticCatalog.Urls;

namespace StaticCatalog.Publishing;

/// <summary>
/// Writes an <see cref="AtomFeed"/> of posts or a <see cref="CatalogChangeFeed"/> as Atom 1.0 (RFC 4287) with
/// <see cref="XmlWriter"/>, so every value is escaped and the file is well-formed whatever a post contains. Both
/// kinds share the feed's head. No clock: <c>updated</c> is the newest entry's date. The site feed's entries carry the whole post and its tags as categories. The excerpt feeds' entries (per
/// service and tag) carry neither: a post's twenty tags were two thirds of each entry, and the feed already follows
/// one tag or service. Such an entry is the same in every feed that lists the post, so it is written once per post
/// and copied into the others. Feeds are written unindented: nobody reads them by eye, and the indentation was a
/// tenth of their bytes.
/// </summary>
public sealed class AtomFeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
    };

    private static readonly XmlWriterSettings EntrySettings = new()
    {
        Indent = false,
        ConformanceLevel = ConformanceLevel.Fragment,
    };

    /// <summary>Each post's excerpt entry, written once (feeds are written in parallel).</summary>
    private readonly ConcurrentDictionary<SitePost, string> _excerptEntries = new(ReferenceEqualityComparer.Instance);

    private readonly SiteModel _site;
    private readonly SiteUrl _url;

    public AtomFeedWriter(SiteModel site)
    {
        _site = site;
        _url = site.Url;
    }

    public OutputFile Write(AtomFeed feed) =>
        // Sized for the feed up front: growing it copies the bytes written so far again and again.
        Document(feed.SitePath, feed.Title, feed.Subtitle, feed.PageSitePath, feed.Entries.Count > 0 ? feed.Entries[0].Post.Date : null,
            1024 + feed.Entries.Count * (feed.WithContent ? 16_384 : 2_048), xml =>
            {
                foreach (var post in feed.Entries)
                {
                    if (feed.WithContent)
                    {
                        Entry(xml, post, withContent: true);
                    }
                    else
                    {
                        xml.WriteRaw(_excerptEntries.GetOrAdd(post, ExcerptEntry));
                    }
                }
            });

    /// <summary>
    /// A feed of catalog changes: each entry links the paragraph of its evidence, is dated and authored by the post
    /// that made the change, names that post in its summary and has its kind as a category.
    /// </summary>
    public OutputFile Write(CatalogChangeFeed feed) =>
        Document(feed.SitePath, feed.Title, feed.Subtitle, feed.PageSitePath, feed.Entries.Count > 0 ? feed.Entries[0].Date : null,
            1024 + feed.Entries.Count * 1_024, xml =>
            {
                foreach (var change in feed.Entries)
                {
                    ChangeEntry(xml, change);
                }
            });

    /// <param name="updated">The newest entry's date; null for a feed without entries.</param>
    /// <param name="capacity">The bytes the feed is expected to take.</param>
    /// <param name="entries">Writes the entries, newest first.</param>
    private OutputFile Document(string sitePath, string title, string subtitle, string pageSitePath, DateTimeOffset? updated, int capacity, Action<XmlWriter> entries)
    {
        using var buffer = new MemoryStream(capacity);
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            if (_url.AbsoluteRoot is { } root)
            {
                // Relative links in entry content (they start with the base path) resolve against the site.
                xml.WriteAttributeString("xml", "base", null, root);
            }

            xml.WriteAttributeString("xml", "lang", null, _site.Config.Language);
            xml.WriteElementString("id", Id(pageSitePath));
            Text(xml, "title", title);
            Text(xml, "subtitle", subtitle);
            xml.WriteElementString("updated", updated is { } date ? DateFormat.Iso(date) : Epoch);
            Link(xml, "self", _url.Absolute(sitePath), "application/atom+xml");
            Link(xml, "alternate", _url.Absolute(pageSitePath), "text/html");
            xml.WriteElementString("generator", "StaticCatalog");
            entries(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return new OutputFile(sitePath, buffer.ToArray());
    }

    /// <summary>The excerpt entry of <paramref name="post"/> as XML text (no namespace declaration: it takes the feed's).</summary>
    private string ExcerptEntry(SitePost post)
    {
        var text = new StringBuilder(1024);
        using (var xml = XmlWriter.Create(text, EntrySettings))
        {
            Entry(xml, post, withContent: false);
        }

        return text.ToString();
    }

    private void Entry(XmlWriter xml, SitePost sitePost, bool withContent)
    {
        var post = sitePost.Post;
        xml.WriteStartElement("entry");
        Text(xml, "title", post.Title);
        Link(xml, "alternate", _url.Absolute(sitePost.SitePath), "text/html");
        if (post.ExternalUrl is { } external)
        {
            Link(xml, "related", external, null);
        }

        xml.WriteElementString("id", Id(sitePost.SitePath));
        Dates(xml, post.Date);
        Author(xml, post);
        foreach (var tag in withContent ? sitePost.Tags : [])
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", XmlText.Clean(tag.Name));
            xml.WriteAttributeString("scheme", _url.Absolute(SitePaths.Tags));
            xml.WriteEndElement();
        }

        if (post.ExcerptText.Length > 0)
        {
            Text(xml, "summary", post.ExcerptText);
        }

        if (withContent)
        {
            xml.WriteStartElement("content");
            xml.WriteAttributeString("type", "html");
            xml.WriteString(XmlText.Clean(post.ContentHtml));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void ChangeEntry(XmlWriter xml, CatalogChange change)
    {
        xml.WriteStartElement("entry");
        Text(xml, "title", change.Title);
        Link(xml, "alternate", _url.Absolute(change.EvidenceSitePath), "text/html");
        // The site's id and the change's as its fragment: the same entry in the site's feed and its services'.
        xml.WriteElementString("id", $"{Id(SitePaths.Home)}#{change.Id}");
        Dates(xml, change.Date);
        Author(xml, change.Post.Post);
        xml.WriteStartElement("category");
        xml.WriteAttributeString("term", CatalogChangeKinds.Id(change.Kind));
        xml.WriteAttributeString("label", CatalogChangeKinds.Label(change.Kind));
        xml.WriteEndElement();
        Text(xml, "summary", change.Summary);
        xml.WriteEndElement();
    }

    private static void Dates(XmlWriter xml, DateTimeOffset date)
    {
        var iso = DateFormat.Iso(date);
        xml.WriteElementString("published", iso);
        xml.WriteElementString("updated", iso);
    }

    private void Author(XmlWriter xml, Post post)
    {
        xml.WriteStartElement("author");
        xml.WriteElementString("name", XmlText.Clean(string.IsNullOrWhiteSpace(post.Author) ? _site.Config.Title : post.Author));
        xml.WriteEndElement();
    }

    /// <summary>
    /// An entry's or feed's permanent id: its absolute URL when the site has one, else a <c>tag:</c> URI
    /// (RFC 4151) made of the base path and page path, since Atom ids must be absolute IRIs.
    /// </summary>
    private string Id(string sitePath) =>
        _url.AbsoluteRoot is not null ? _url.Absolute(sitePath) : $"tag:staticcatalog,2025:{_url.Link(sitePath)}";

    /// <summary>An empty feed's <c>updated</c>: a fixed date, never the clock.</summary>
    private const string Epoch = "1970-01-01T00:00:00+00:00";

    private static void Text(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string? type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        if (type is not null)
        {
            xml.WriteAttributeString("type", type);
        }

        xml.WriteAttributeString("href", XmlText.Clean(href));
        xml.WriteEndElement();
    }
}
