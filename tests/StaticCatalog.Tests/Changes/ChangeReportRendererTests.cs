using AngleSharp.Html.Parser;
using Markdig;
using StaticCatalog.Catalog;
using StaticCatalog.Changes;

namespace StaticCatalog.Tests.Changes;

/// <summary>The report as a reviewer reads it in a job summary: rendered Markdown, safe and of bounded size.</summary>
[Trait("Category", "Unit")]
public sealed class ChangeReportRendererTests
{
    private static readonly MarkdownPipeline GitHubLike = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private static readonly HtmlParser Parser = new();

    private static readonly CatalogSnapshot Empty = new([], [], [], []);

    [Fact]
    public void A_hostile_post_title_stays_text_in_its_table_cell()
    {
        const string title = "Evil | <script>alert(1)</script> *bold* _it_ [link](javascript:alert(1)) `code` &lt;b&gt;";
        var current = Empty with
        {
            Posts = [Post("evil", title)],
            Features = [new SnapshotFeature("evil#f", "Feature | <img src=x onerror=alert(1)>", ["dns"], ["Azure DNS"], ReleaseStatus.Preview,
                Date, title, "https://example.org/posts/evil/#f")],
        };

        var report = ChangeReportRenderer.Render(CatalogComparer.Compare(Empty, current), "previous.json");
        var html = Parser.ParseDocument(Markdig.Markdown.ToHtml(report, GitHubLike));

        Assert.Empty(html.QuerySelectorAll("script, img, strong, em, code"));
        var postRow = html.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Single();
        Assert.Equal(3, postRow.Children.Length);
        Assert.Equal(title, postRow.Children[1].TextContent);
        Assert.Equal("https://example.org/posts/evil/", postRow.Children[1].QuerySelector("a")?.GetAttribute("href"));
        var featureRow = html.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr").Single();
        Assert.Equal(4, featureRow.Children.Length);
        Assert.Equal("Feature | <img src=x onerror=alert(1)>", featureRow.Children[0].TextContent);
        Assert.Equal(["https://example.org/posts/evil/", "https://example.org/posts/evil/#f"], html.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_link_that_is_not_http_or_site_rooted_is_left_out()
    {
        var current = Empty with { Posts = [Post("evil", "Evil") with { Url = "javascript:alert(1)" }] };

        var report = ChangeReportRenderer.Render(CatalogComparer.Compare(Empty, current), "previous.json");

        Assert.Contains("| Evil |", report);
        Assert.DoesNotContain("javascript", report);
    }

    [Fact]
    public void Each_section_stops_at_100_rows_and_says_how_many_more_there_are()
    {
        var current = Empty with { Posts = Enumerable.Range(1, 250).Select(i => Post($"post-{i:D3}", $"Post {i:D3}")).ToList() };

        var report = ChangeReportRenderer.Render(CatalogComparer.Compare(Empty, current), "previous.json");

        Assert.Contains("Compared with previous.json: 250 new posts.", report);
        Assert.Contains("## New posts (250)", report);
        Assert.Equal(100, report.Split('\n').Count(l => l.StartsWith("| 2025-", StringComparison.Ordinal)));
        Assert.Contains("\n… and 150 more.\n", report);
        Assert.Contains("[Post 001]", report);
        Assert.DoesNotContain("[Post 101]", report);
    }

    [Fact]
    public void New_and_changed_limits_show_the_figure_as_written_and_normalized()
    {
        var before = Empty with { Limits = [Limit("p#limit-1", 20, 20_000_000_000m), Limit("p#limit-2", 5, 5_000_000_000m)] };
        var after = Empty with { Limits = [Limit("p#limit-1", 40, 40_000_000_000m), Limit("p#limit-2", 5, 5_000_000_000m), Limit("p#limit-3", 1, 1_000_000_000m)] };

        var changes = CatalogComparer.Compare(before, after);
        var report = ChangeReportRenderer.Render(changes, "previous.json");

        Assert.Equal((20m, 40m), (Assert.Single(changes.ChangedLimits).Before.Value, changes.ChangedLimits[0].After.Value));
        Assert.Equal(1m, Assert.Single(changes.NewLimits).Value);
        Assert.Empty(changes.RemovedLimits);
        Assert.Contains("| Azure VPN Gateway | VPN Gateway | throughput | 20 Gbps (up to) → 40 Gbps (up to) | 20,000,000,000 bit/s → 40,000,000,000 bit/s | [Post](https://example.org/p/#l) |", report);
        Assert.Contains("| Azure VPN Gateway | VPN Gateway | throughput | 1 Gbps (up to) | 1,000,000,000 bit/s | [Post](https://example.org/p/#l) |", report);
    }

    private static readonly DateTimeOffset Date = new(2025, 12, 1, 17, 0, 0, TimeSpan.Zero);

    private static SnapshotPost Post(string id, string title) =>
        new(id, id + ".md", title, Date, $"https://example.org/posts/{id}/");

    private static SnapshotLimit Limit(string id, decimal gbps, decimal normalized) =>
        new(id, "vpn-gateway", "Azure VPN Gateway", "VPN Gateway", "throughput", gbps, "Gbps", normalized, "bit/s", "up to", "p.md", "Post", "https://example.org/p/#l");
}
