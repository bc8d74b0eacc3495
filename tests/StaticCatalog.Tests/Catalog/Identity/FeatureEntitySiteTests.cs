using AngleSharp.Html.Parser;

namespace StaticCatalog.Tests.Catalog.Identity;

/// <summary>
/// One feature named differently in three posts, as readers and tools meet it on a site served under /my-repo/:
/// its page with the status history, the status board's link to it, and the entity in catalog.json.
/// </summary>
[Trait("Category", "Program")]
public sealed class FeatureEntitySiteTests : IDisposable
{
    private const string EntityId = "github-copilot-agent-coding";
    private static readonly HtmlParser Parser = new();
    private readonly TestSite _site = new();

    public FeatureEntitySiteTests()
    {
        Seed("news/2025-05-19-agent.md", "A note from the team", "2025-05-19 10:00:00 +00:00", "Copilot coding agent (public preview)", "preview");
        Seed("news/2025-09-25-agent-ga.md", "Another note from the team", "2025-09-25 10:00:00 +00:00", "GitHub Copilot coding agent", "ga");
        Seed("news/2025-10-02-review.md", "A third note", "2025-10-02 10:00:00 +00:00", "Copilot code review", "ga");
        Seed("news/2025-10-06-spaces.md", "Spaces arrive", "2025-10-06 09:00:00 +00:00", "Copilot Spaces", "ga");
        Seed("roundups/2025-10-06-week.md", "The week in review", "2025-10-06 18:00:00 +00:00", "GitHub Copilot Spaces", "ga");
        var result = _site.Build("/my-repo/");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    private void Seed(string file, string title, string date, string feature, string status) =>
        _site.Seed(file, TestSite.Post(title, date: date, tags: "- GitHub Copilot", body: "A few words.<!--excerpt_end-->\n\nSome more words.")
            .Replace("section_names:", $"catalog:\n  features:\n    - name: {feature}\n      status: {status}\n      services: [github-copilot]\nsection_names:", StringComparison.Ordinal));

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => Parser.ParseDocument(_site.Read(path));

    [Fact]
    public void The_feature_has_a_page_with_its_status_history_oldest_first()
    {
        var page = Page($"features/{EntityId}/index.html");

        Assert.Equal("GitHub Copilot coding agent", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("GA", page.QuerySelector(".lead .status")?.TextContent);
        var steps = page.QuerySelectorAll(".entity-history li").Select(li => (
            li.QuerySelector(".status")!.TextContent,
            li.QuerySelector("time")!.GetAttribute("datetime")![..10],
            li.QuerySelector("a.feature-name")!.TextContent,
            li.QuerySelector("a.feature-name")!.GetAttribute("href")!.Split('#')[0])).ToList();
        Assert.Equal(
            [("Preview", "2025-05-19", "Copilot coding agent (public preview)", "/my-repo/posts/2025/05/a-note-from-the-team/"),
             ("GA", "2025-09-25", "GitHub Copilot coding agent", "/my-repo/posts/2025/09/another-note-from-the-team/")],
            steps);
        Assert.Contains($"/my-repo/features/{EntityId}/</loc>", _site.Read("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_capability_of_the_same_product_is_another_entity_without_a_page()
    {
        Assert.False(_site.Exists("features/github-copilot-code-review/index.html"), "seen in one post, the feature has no page of its own");
        var review = Page("status/index.html").QuerySelectorAll("li.feature").Single(li => li.QuerySelector(".feature-name")?.TextContent == "Copilot code review");
        Assert.Null(review.QuerySelector("a.entity-link"));
    }

    [Fact]
    public void A_feature_named_in_two_posts_of_one_day_is_one_entity_without_a_page()
    {
        var entities = CatalogChecks.Catalog(_site.OutputDirectory)["entities"]!.AsArray();
        var spaces = entities.Single(e => e!["id"]!.GetValue<string>() == "github-copilot-space")!;

        Assert.Equal(2, spaces["history"]!.AsArray().Count);
        Assert.False(_site.Exists("features/github-copilot-space/index.html"), "mentions of one day are no history");
        Assert.StartsWith("/my-repo/posts/2025/10/", spaces["url"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_status_board_links_the_feature_to_its_page()
    {
        var agent = Page("status/index.html").QuerySelectorAll("li.feature").Single(li => li.QuerySelector(".feature-name")?.TextContent == "GitHub Copilot coding agent");

        Assert.Equal($"/my-repo/features/{EntityId}/", agent.QuerySelector("a.entity-link")?.GetAttribute("href"));
        Assert.Equal(2, agent.QuerySelectorAll(".history li").Length);
    }

    [Fact]
    public void Catalog_json_has_the_entity_with_its_history_and_each_mention_names_it()
    {
        Assert.Empty(CatalogChecks.SchemaViolations(_site.OutputDirectory));
        var catalog = CatalogChecks.Catalog(_site.OutputDirectory);
        var entity = catalog["entities"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == EntityId)!;

        Assert.Equal(("GitHub Copilot coding agent", "ga", $"/my-repo/features/{EntityId}/"),
            (entity["name"]!.GetValue<string>(), entity["status"]!.GetValue<string>(), entity["url"]!.GetValue<string>()));
        var history = entity["history"]!.AsArray().Select(h => (h!["status"]!.GetValue<string>(), h["date"]!.GetValue<string>()[..10], h["feature"]!.GetValue<string>())).ToList();
        Assert.Equal(["preview", "ga"], history.Select(h => h.Item1));
        Assert.Equal(["2025-05-19", "2025-09-25"], history.Select(h => h.Item2));
        var features = catalog["features"]!.AsArray().ToDictionary(f => f!["id"]!.GetValue<string>(), f => f!);
        Assert.All(history, h => Assert.Equal(EntityId, features[h.Item3]["entity"]!.GetValue<string>()));
        var review = features.Values.Single(f => f["name"]!.GetValue<string>() == "Copilot code review");
        Assert.NotEqual(EntityId, review["entity"]!.GetValue<string>());
        // Seen in one post, it has no page: its url is where its post states it (a curated feature: the post).
        Assert.Equal("/my-repo/posts/2025/10/a-third-note/", catalog["entities"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == review["entity"]!.GetValue<string>())!["url"]!.GetValue<string>());
    }
}
