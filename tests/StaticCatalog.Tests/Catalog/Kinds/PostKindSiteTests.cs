using AngleSharp.Html.Parser;

namespace StaticCatalog.Tests.Catalog.Kinds;

/// <summary>Post kinds as readers and tools meet them, on a site served under /my-repo/: the label on the post page, the kinds' lists, catalog.json and the status board's filter.</summary>
[Trait("Category", "Program")]
public sealed class PostKindSiteTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TestSite _site = new();

    public PostKindSiteTests()
    {
        _site.Seed("news/2025-12-01-nat.md", TestSite.Post("Azure NAT Gateway V2 is now in public preview", body: "Announcing the public preview of NAT Gateway V2.<!--excerpt_end-->\n\nIt is zone redundant."));
        _site.Seed("blogs/2025-11-20-firewall.md", TestSite.Post("Firewall rules, step by step", date: "2025-11-20 10:00:00 +00:00",
            body: "A walkthrough.<!--excerpt_end-->\n\n## Step 1: Create the policy\n\nAzure Firewall Basic is now generally available, so start there.\n\n## Step 2: Add a rule\n\nDone.")
            .Replace("section_names:", "kind: tutorial\nsection_names:", StringComparison.Ordinal));
        var result = _site.Build("/my-repo/");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => Parser.ParseDocument(_site.Read(path));

    [Fact]
    public void The_post_page_shows_the_kind_beside_the_date_linking_to_its_list()
    {
        var label = Page("posts/2025/11/firewall-rules-step-by-step/index.html").QuerySelector(".post-meta a.post-kind");

        Assert.NotNull(label);
        Assert.Equal(("Tutorial", "/my-repo/kinds/tutorial/"), (label.TextContent, label.GetAttribute("href")));
        Assert.Equal("Announcement", Page(Path.GetRelativePath(_site.OutputDirectory, Directory.GetFiles(Path.Combine(_site.OutputDirectory, "posts/2025/12"), "index.html", SearchOption.AllDirectories).Single())).QuerySelector(".post-meta .post-kind")?.TextContent);
    }

    [Fact]
    public void Each_kind_with_posts_has_a_list_the_index_the_home_page_and_the_sitemap_link()
    {
        var list = Page("kinds/tutorial/index.html");
        Assert.Equal("Kind: Tutorial", list.QuerySelector("h1")?.TextContent);
        Assert.Equal(["/my-repo/posts/2025/11/firewall-rules-step-by-step/"], list.QuerySelectorAll(".post-summary h2 a").Select(a => a.GetAttribute("href")));

        var index = Page("kinds/index.html").QuerySelectorAll(".term-list a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/my-repo/kinds/announcement/", "Announcement 1"), ("/my-repo/kinds/tutorial/", "Tutorial 1")], index);
        Assert.False(_site.Exists("kinds/opinion/index.html"), "a kind without posts has no page");
        Assert.Contains(Page("index.html").QuerySelectorAll("#kinds-heading ~ ul a"), a => a.GetAttribute("href") == "/my-repo/kinds/tutorial/");
        Assert.Contains("/my-repo/kinds/tutorial/</loc>", _site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Catalog_json_gives_each_post_its_kind_and_keeps_to_its_schema()
    {
        Assert.Empty(CatalogChecks.SchemaViolations(_site.OutputDirectory));
        var posts = CatalogChecks.Catalog(_site.OutputDirectory)["posts"]!.AsArray();

        Assert.Equal(
            [("news/2025-12-01-nat.md", "announcement"), ("blogs/2025-11-20-firewall.md", "tutorial")],
            posts.Select(p => (p!["source"]!.GetValue<string>(), p["kind"]!.GetValue<string>())));
    }

    [Fact]
    public void The_status_board_filters_features_by_their_posts_kind()
    {
        var board = Page("status/index.html");

        Assert.Equal(
            [("", "Any kind"), ("announcement", "Announcement (1)"), ("tutorial", "Tutorial (1)")],
            board.QuerySelectorAll("form.filters select[name=kind] option").Select(o => (o.GetAttribute("value"), o.TextContent)));
        Assert.Equal("exact", board.QuerySelector("select[name=kind]")?.GetAttribute("data-match"));
        Assert.Equal(["announcement", "tutorial"], board.QuerySelectorAll(".board-column li.feature").Select(li => li.GetAttribute("data-kind")).Order(StringComparer.Ordinal));
        Assert.Null(Page("limits/index.html").QuerySelector("select[name=kind]"));
    }
}
