using System.Xml.Linq;
using AngleSharp.Html.Parser;
using StaticCatalog.Checking;

namespace StaticCatalog.Tests.Publishing;

/// <summary>
/// The Atom feeds of catalog changes as a reader who follows "NAT Gateway V2 goes GA" meets them, on a site served
/// under /my-repo/: NAT Gateway V2 in preview, then GA, then GA again; a firewall feature; a limit.
/// </summary>
[Trait("Category", "Program")]
public sealed class CatalogChangeFeedTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly HtmlParser Parser = new();

    private const string PreviewPost = "posts/2025/11/outbound-connectivity-part-one/";
    private const string GaPost = "posts/2026/01/outbound-connectivity-part-two/";
    private const string RestatingPost = "posts/2026/02/outbound-connectivity-part-three/";
    private const string FirewallPost = "posts/2025/12/azure-firewall-basic-for-small/";

    private readonly TestSite _site = new();

    public CatalogChangeFeedTests()
    {
        _site.Seed("news/2025-11-03-nat-preview.md", TestSite.Post("Outbound connectivity, part one", date: "2025-11-03 17:00:00 +00:00",
            body: "Outbound traffic gets zone redundancy.<!--excerpt_end-->\n\n## What is new\n\n- **NAT Gateway V2**: public preview, with 100 Gbps of throughput.\n"));
        _site.Seed("news/2025-12-08-firewall.md", TestSite.Post("Azure Firewall Basic for small businesses", date: "2025-12-08 09:00:00 +00:00",
            body: "A firewall for small networks.<!--excerpt_end-->\n\n## Releases\n\n- **Azure Firewall Basic**: now generally available.\n"));
        _site.Seed("news/2026-01-12-nat-ga.md", TestSite.Post("Outbound connectivity, part two", date: "2026-01-12 17:00:00 +00:00",
            body: "Outbound traffic, now for production.<!--excerpt_end-->\n\n## Releases\n\n- **NAT Gateway V2**: now generally available in every region.\n"));
        _site.Seed("news/2026-02-02-nat-logs.md", TestSite.Post("Outbound connectivity, part three", date: "2026-02-02 17:00:00 +00:00",
            body: "Logs for outbound flows.<!--excerpt_end-->\n\n## Releases\n\n- **NAT Gateway V2**: generally available, now with flow logs.\n"));
        var result = _site.Build("/my-repo/");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_preview_post_then_a_GA_post_is_a_status_change_in_the_site_feed_and_the_service_feed_linking_the_GA_paragraph()
    {
        var expectedLink = $"/my-repo/{GaPost}#{IdOfItem(GaPost, "now generally available in every region")}";
        foreach (var feed in new[] { "changes.xml", "services/nat-gateway/changes.xml" })
        {
            var change = Assert.Single(Entries(feed), e => Category(e) == "status-change");
            Assert.Equal("NAT Gateway V2: Preview → GA", Title(change));
            Assert.Equal(expectedLink, Link(change));
            Assert.Equal("2026-01-12T17:00:00+00:00", change.Element(Atom + "updated")!.Value);
            Assert.Contains("“Outbound connectivity, part two”", change.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        }

        Assert.Equal(Id(Entries("changes.xml").Single(e => Category(e) == "status-change")), Id(Entries("services/nat-gateway/changes.xml").Single(e => Category(e) == "status-change")));
        Assert.Equal("Catalog changes · StaticCatalog", Feed("changes.xml").Element(Atom + "title")!.Value);
    }

    [Fact]
    public void A_feature_first_seen_is_new_in_its_own_service_feed_and_absent_from_another_service_feed()
    {
        var firewall = Entries("services/firewall/changes.xml");
        var added = Assert.Single(firewall);
        Assert.Equal(("new-feature", "New: Azure Firewall Basic (GA)"), (Category(added), Title(added)));
        Assert.Equal($"/my-repo/{FirewallPost}#{IdOfItem(FirewallPost, "now generally available.")}", Link(added));

        var nat = Entries("services/nat-gateway/changes.xml");
        Assert.DoesNotContain(nat, e => Title(e).Contains("Firewall", StringComparison.Ordinal));
        Assert.Contains(nat, e => Title(e) == "New: NAT Gateway V2 (Preview)" && Link(e).StartsWith($"/my-repo/{PreviewPost}#", StringComparison.Ordinal));
        Assert.Contains(Entries("changes.xml"), e => Title(e) == "New: Azure Firewall Basic (GA)");
    }

    [Fact]
    public void A_stated_limit_is_a_new_limit_linking_its_paragraph()
    {
        var limit = Assert.Single(Entries("services/nat-gateway/changes.xml"), e => Category(e) == "new-limit");

        Assert.Equal("NAT Gateway V2: throughput 100 Gbps", Title(limit));
        Assert.Equal($"/my-repo/{PreviewPost}#{IdOfItem(PreviewPost, "100 Gbps of throughput")}", Link(limit));
        Assert.Equal("2025-11-03T17:00:00+00:00", limit.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void A_later_post_stating_the_same_status_again_is_no_change()
    {
        Assert.DoesNotContain(Entries("changes.xml"), e => Link(e).Contains(RestatingPost, StringComparison.Ordinal));
        Assert.Single(Entries("changes.xml"), e => Category(e) == "status-change");
        // Four changes: NAT Gateway V2 new and GA, its limit, the firewall; newest first.
        Assert.Equal(["2026-01-12", "2025-12-08", "2025-11-03", "2025-11-03"], Entries("changes.xml").Select(e => e.Element(Atom + "updated")!.Value[..10]));
    }

    [Fact]
    public void The_status_board_and_the_service_page_link_their_feeds_and_the_sitemap_does_not_list_them()
    {
        var board = Parser.ParseDocument(_site.Read("status/index.html"));
        Assert.Equal("/my-repo/changes.xml", board.QuerySelectorAll("a.feed-link").Single(a => a.TextContent == "Catalog changes (Atom)").GetAttribute("href"));
        Assert.Contains(board.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"),
            l => l.GetAttribute("href") == "/my-repo/changes.xml" && l.GetAttribute("title") == "Catalog changes · StaticCatalog");

        var service = Parser.ParseDocument(_site.Read("services/nat-gateway/index.html"));
        Assert.Equal("/my-repo/services/nat-gateway/changes.xml", service.QuerySelectorAll("a.feed-link").Single(a => a.TextContent == "Catalog changes (Atom)").GetAttribute("href"));
        Assert.Contains(service.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"),
            l => l.GetAttribute("href") == "/my-repo/services/nat-gateway/changes.xml" && l.GetAttribute("title") == "Catalog changes: Azure NAT Gateway · StaticCatalog");

        Assert.DoesNotContain("changes.xml", _site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_feeds_pass_the_site_check()
    {
        var result = SiteChecker.Check(_site.OutputDirectory);

        Assert.Equal("/my-repo/", result.SiteUrl.BasePath);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.Equal(Directory.GetFiles(_site.OutputDirectory, "*.xml", SearchOption.AllDirectories).Length - 1, result.FeedsChecked); // all but sitemap.xml
    }

    [Fact]
    public void Two_builds_of_the_same_seeds_give_the_same_bytes()
    {
        using var other = new TempFolder();
        var again = TestSite.BuildWithRepositoryTheme(_site.SeedsDirectory, other.Combine("_site"), "/my-repo/");
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));

        OutputTrees.AssertIdentical(_site.OutputDirectory, other.Combine("_site"));
    }

    private XElement Feed(string path) => XDocument.Parse(_site.Read(path)).Root!;

    private List<XElement> Entries(string path) => Feed(path).Elements(Atom + "entry").ToList();

    private static string Title(XElement entry) => entry.Element(Atom + "title")!.Value;

    private static string Id(XElement entry) => entry.Element(Atom + "id")!.Value;

    private static string? Category(XElement entry) => entry.Element(Atom + "category")?.Attribute("term")?.Value;

    private static string Link(XElement entry) =>
        entry.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "alternate").Attribute("href")!.Value;

    /// <summary>The id of the list item of a post's body whose text has <paramref name="text"/>: what a link to that paragraph names.</summary>
    private string IdOfItem(string postSitePath, string text)
    {
        var page = Parser.ParseDocument(_site.Read(postSitePath + "index.html"));
        var item = page.QuerySelectorAll(".post-body li[id]").Single(li => li.TextContent.Contains(text, StringComparison.Ordinal));
        return item.Id!;
    }
}
