using System.Xml.Linq;

namespace StaticCatalog.Tests.Publishing;

/// <summary>The Atom feeds as a feed reader sees them: valid Atom 1.0, newest first, capped, linked from their pages.</summary>
[Trait("Category", "Program")]
public sealed class FeedTests : IDisposable
{
    private const string BaseUrl = "https://user.github.io/my-repo/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly TestSite _site = new();

    public FeedTests()
    {
        _site.InputDirectory = _site.Folder.Combine("input");
        _site.Folder.Write("input/site.yml", "title: Cloud Updates\nfeed_entries: 3\n");
        File.Copy(Path.Combine(RepoPaths.Input, "services.yml"), _site.Folder.Combine("input", "services.yml"));
        for (var day = 1; day <= 5; day++)
        {
            var tags = day % 2 == 0 ? "- Networking\n- Even" : "- Networking";
            _site.Seed($"2025-11-0{day}-post-{day}.md", TestSite.Post($"Post {day}", date: $"2025-11-0{day} 10:00:00 +00:00", tags: tags,
                body: $"Azure NAT Gateway news number {day}.<!--excerpt_end-->\n\nMore about day {day}."));
        }
    }

    [Fact]
    public void The_site_feed_is_valid_atom_with_the_newest_posts_first_capped_at_feed_entries()
    {
        Assert.True(_site.Build(BaseUrl).Succeeded);
        var feed = ReadFeed("atom.xml");

        AssertValidAtom(feed);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Post 5", "Post 4", "Post 3"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("2025-11-05T10:00:00+00:00", feed.Element(Atom + "updated")!.Value);
        Assert.Equal(BaseUrl + "atom.xml", Link(feed, "self"));
        Assert.Equal(BaseUrl, Link(feed, "alternate"));
        Assert.Equal(BaseUrl + "posts/2025/11/post-5/", Link(entries[0], "alternate"));
        Assert.Contains("More about day 5", entries[0].Element(Atom + "content")!.Value);
        Assert.Equal("Azure NAT Gateway news number 5.", entries[0].Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void Only_a_tag_with_tag_feed_min_posts_posts_has_a_feed_and_only_its_pages_link_one()
    {
        // Networking has 5 posts (the default minimum), Even 2.
        Assert.True(_site.Build(BaseUrl).Succeeded);

        AssertValidAtom(ReadFeed("tags/networking/atom.xml"));
        Assert.Contains("href=\"/my-repo/tags/networking/atom.xml\"", _site.Read("tags/networking/index.html"));
        Assert.False(_site.Exists("tags/even/atom.xml"));
        var even = _site.Read("tags/even/index.html");
        Assert.DoesNotContain("tags/even/atom.xml", even);
        Assert.DoesNotContain("class=\"feed-link\"", even);
        Assert.DoesNotContain("tags/even/atom.xml", _site.Read("sitemap.xml"));
    }

    [Fact]
    public void Each_tag_and_each_service_has_a_feed_of_its_own_posts_linked_from_its_page()
    {
        _site.Folder.Write("input/site.yml", "title: Cloud Updates\nfeed_entries: 3\ntag_feed_min_posts: 1\n");
        Assert.True(_site.Build(BaseUrl).Succeeded);

        var even = ReadFeed("tags/even/atom.xml");
        AssertValidAtom(even);
        Assert.Equal(["Post 4", "Post 2"], even.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("Tag: Even · Cloud Updates", even.Element(Atom + "title")!.Value);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Tag: Even · Cloud Updates\" href=\"/my-repo/tags/even/atom.xml\">",
            _site.Read("tags/even/index.html"));

        var nat = ReadFeed("services/nat-gateway/atom.xml");
        AssertValidAtom(nat);
        Assert.Equal(3, nat.Elements(Atom + "entry").Count());
        Assert.Null(nat.Element(Atom + "entry")!.Element(Atom + "content"));
        Assert.Contains("href=\"/my-repo/services/nat-gateway/atom.xml\"", _site.Read("services/nat-gateway/index.html"));
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Cloud Updates\" href=\"/my-repo/atom.xml\">",
            _site.Read("posts/2025/11/post-1/index.html"));
    }

    [Fact]
    public void Markup_and_characters_xml_cannot_hold_in_a_post_still_give_a_well_formed_feed()
    {
        _site.Seed("2025-11-09-odd.md", TestSite.Post("Tags <b>&amp;</b> \"quotes\" ]]> end", date: "2025-11-09 10:00:00 +00:00",
            body: "Body with <script>alert(1)</script> and \u0002 a control character.<!--excerpt_end-->"));
        Assert.True(_site.Build(BaseUrl).Succeeded);

        var entry = ReadFeed("atom.xml").Element(Atom + "entry")!;

        Assert.Equal("Tags <b>&amp;</b> \"quotes\" ]]> end", entry.Element(Atom + "title")!.Value);
        Assert.DoesNotContain('\u0002', entry.Element(Atom + "content")!.Value);
    }

    [Fact]
    public void Without_an_absolute_base_url_ids_are_tag_uris_and_links_keep_the_base_path()
    {
        Assert.True(_site.Build("/my-repo/").Succeeded);
        var feed = ReadFeed("atom.xml");

        AssertValidAtom(feed);
        Assert.Equal("tag:staticcatalog,2025:/my-repo/", feed.Element(Atom + "id")!.Value);
        var entry = feed.Element(Atom + "entry")!;
        Assert.Equal("tag:staticcatalog,2025:/my-repo/posts/2025/11/post-5/", entry.Element(Atom + "id")!.Value);
        Assert.Equal("/my-repo/posts/2025/11/post-5/", Link(entry, "alternate"));
        Assert.Null(feed.Attribute(XNamespace.Xml + "base"));
    }

    /// <summary>RFC 4287's required elements, and dates a reader can parse.</summary>
    private static void AssertValidAtom(XElement feed)
    {
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var name in new[] { "id", "title", "updated" })
        {
            Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + name)?.Value), $"the feed has no {name}");
        }

        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var name in new[] { "id", "title", "updated", "published" })
            {
                Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + name)?.Value), $"an entry has no {name}");
            }

            Assert.NotNull(Link(entry, "alternate"));
            Assert.NotNull(entry.Element(Atom + "author")?.Element(Atom + "name"));
        }
    }

    private static string? Link(XElement element, string rel) =>
        element.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;

    private XElement ReadFeed(string path) => XDocument.Parse(_site.Read(path)).Root!;

    public void Dispose() => _site.Dispose();
}
