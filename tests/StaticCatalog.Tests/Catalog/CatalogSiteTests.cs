using AngleSharp.Html.Parser;
using StaticCatalog.Pipeline;

namespace StaticCatalog.Tests.Catalog;

/// <summary>The catalog pages and data of the repository's seed, as a reader and another tool meet them.</summary>
[Trait("Category", "Program")]
public sealed class CatalogSiteTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Output => _folder.Combine("site");

    private BuildResult BuildSeed(string? baseUrl = null)
    {
        var result = TestSite.BuildWithRepositoryTheme(RepoPaths.Seeds, Output, baseUrl);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(Output, path)));

    /// <summary>The text of each row of the limit tables of a page, cells joined by " | ".</summary>
    private List<string> LimitRows(string path) =>
        Page(path).QuerySelectorAll("table.limits tbody tr")
            .Select(row => string.Join(" | ", row.QuerySelectorAll("td").Select(td => td.TextContent.Trim())))
            .ToList();

    [Fact]
    public void The_NAT_Gateway_page_shows_its_figures_its_preview_feature_and_the_seed_in_its_timeline()
    {
        BuildSeed();

        var page = Page("services/nat-gateway/index.html");
        Assert.Equal("Azure NAT Gateway", page.QuerySelector("h1")?.TextContent);
        var rows = LimitRows("services/nat-gateway/index.html");
        Assert.Contains(rows, r => r.Contains("100 Gbps", StringComparison.Ordinal) && r.Contains("100,000,000,000 bit/s", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("10,000,000 pps", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("#status-preview + ul .feature-name"), a => a.TextContent == "NAT Gateway V2");
        Assert.Contains(page.QuerySelectorAll(".timeline a"), a => a.GetAttribute("href") == "/posts/2025/12/azure-networking-latest-updates/");
        Assert.Contains(page.QuerySelectorAll(".term-cloud a, ul a"), a => a.GetAttribute("href") == "/tags/nat-gateway-v2/");
    }

    [Fact]
    public void The_limits_index_lists_every_seed_figure_with_its_service_and_offers_filters_and_sorting_by_normalized_value()
    {
        BuildSeed();

        var rows = LimitRows("limits/index.html");
        Assert.Contains(rows, r => r.StartsWith("Azure VPN Gateway | VPN Gateway Updates | throughput | 5 Gbps", StringComparison.Ordinal) && r.Contains("up to, per TCP flow", StringComparison.Ordinal) && r.Contains("GA", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("20 Gbps", StringComparison.Ordinal) && r.Contains("total across 4 tunnels", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("private endpoints per VNet | 5,000", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("cross-peered VNets | 20,000", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("400 Gbps", StringComparison.Ordinal) && r.Contains("Planned", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("WAN capacity | 18 Pbps | 18,000,000,000,000,000 bit/s", StringComparison.Ordinal));

        var page = Page("limits/index.html");
        Assert.Contains(page.QuerySelectorAll("table.limits td a"), a => a.TextContent == "Azure Private Link" && a.GetAttribute("href") == "/services/private-link/");
        // The filter panel (shown by site.js) offers each service with its count, and each row carries what it filters on.
        var panel = page.QuerySelector("form.filters")!;
        Assert.True(panel.ClassList.Contains("needs-js"), "without JavaScript the panel is not drawn (html:not(.js) .needs-js) and every row shows");
        Assert.Contains(panel.QuerySelectorAll("select[name=service] option"), o => o.GetAttribute("value") == "nat-gateway" && o.TextContent == "Azure NAT Gateway (2)");
        Assert.Contains(panel.QuerySelectorAll("select[name=metric] option"), o => o.GetAttribute("value") == "throughput");
        var natRows = page.QuerySelectorAll("table.limits tbody tr[data-service=nat-gateway]");
        Assert.Equal(2, natRows.Length);
        Assert.All(natRows, r => Assert.Equal(("networking", "preview", "2025-12-01"), (r.GetAttribute("data-category"), r.GetAttribute("data-status"), r.GetAttribute("data-date"))));
        // Sorting reads a plain number from each value cell.
        Assert.All(page.QuerySelectorAll("table.limits td.num"), td => Assert.True(decimal.TryParse(td.GetAttribute("data-value"), System.Globalization.CultureInfo.InvariantCulture, out _)));
        Assert.All(page.QuerySelectorAll("table.limits th[data-sort=number]"), th => Assert.Contains(th.TextContent, new[] { "Value", "Normalized" }));
    }

    [Fact]
    public void The_limits_index_has_range_fields_with_the_unit_table_and_the_status_board_has_none()
    {
        BuildSeed("/my-repo/");

        var panel = Page("limits/index.html").QuerySelector("form.filters")!;
        Assert.Equal(["At least", "At most"], new[] { "min", "max" }.Select(name => panel.QuerySelector($"input[type=text][name={name}]")?.ParentElement?.TextContent.Trim()));
        var units = Assert.Single(panel.QuerySelectorAll("script.filter-units"));
        Assert.Equal("application/json", units.GetAttribute("type"));
        Assert.Equal(StaticCatalog.Rendering.UnitsJson.Text, units.TextContent);
        Assert.NotNull(panel.QuerySelector(".filter-note#filter-note[aria-live=polite]"));
        // Written once on the page, small enough for the page budget.
        Assert.Single(Page("limits/index.html").QuerySelectorAll("script[type='application/json']"));
        Assert.InRange(units.TextContent.Length, 1000, 4 * 1024);

        var board = Page("status/index.html").QuerySelector("form.filters")!;
        Assert.Empty(board.QuerySelectorAll("input[name=min], input[name=max], script, .filter-note"));
    }

    [Fact]
    public void The_status_board_has_the_seed_statuses_in_their_columns()
    {
        BuildSeed();

        var page = Page("status/index.html");
        string[] Column(string status) => page.QuerySelectorAll($"#{status} .feature-name").Select(a => a.TextContent).ToArray();
        Assert.Contains("Private Link Direct Connect", Column("preview"));
        Assert.Contains("NAT Gateway V2", Column("preview"));
        Assert.Contains("ExpressRoute 400G", Column("planned"));
        Assert.Contains("VPN Gateway Updates", Column("ga"));
        Assert.Empty(Column("retired"));
    }

    [Fact]
    public void The_post_page_shows_its_features_and_limits_linking_to_their_paragraphs()
    {
        BuildSeed();

        var page = Page("posts/2025/12/azure-networking-latest-updates/index.html");
        var catalog = page.QuerySelector(".post-catalog");
        Assert.NotNull(catalog);
        Assert.Contains(catalog.QuerySelectorAll(".feature-name"), a => a.TextContent == "Private Link Direct Connect"
            && a.GetAttribute("href") == "/posts/2025/12/azure-networking-latest-updates/#f-private-link-direct-connect");
        Assert.NotNull(page.GetElementById("f-private-link-direct-connect"));
        Assert.Contains(catalog.QuerySelectorAll(".post-services a"), a => a.TextContent == "Azure ExpressRoute" && a.GetAttribute("href") == "/services/expressroute/");
    }

    [Fact]
    public void Tag_pages_link_to_the_services_their_posts_name()
    {
        BuildSeed();

        var links = Page("tags/nat-gateway-v2/index.html").QuerySelectorAll(".term-services a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/services/nat-gateway/", links);
        Assert.Contains("/services/expressroute/", links);
    }

    [Fact]
    public void Catalog_json_matches_its_schema_and_holds_the_seed_figures()
    {
        BuildSeed();

        Assert.Empty(CatalogChecks.SchemaViolations(Output));
        var catalog = CatalogChecks.Catalog(Output);
        var post = catalog["posts"]![0]!;
        Assert.Equal("2025-12-01-azure-networking-latest-updates.md", post["source"]!.GetValue<string>());
        var limits = catalog["limits"]!.AsArray();
        var nat = limits.Single(l => l!["normalized"]!["value"]!.GetValue<decimal>() == 100_000_000_000m)!;
        Assert.Equal("nat-gateway", nat["service"]!.GetValue<string>());
        Assert.Equal("Gbps", nat["unit"]!.GetValue<string>());
        Assert.Equal("bit/s", nat["normalized"]!["unit"]!.GetValue<string>());
        Assert.Equal(post["id"]!.GetValue<string>(), nat["post"]!.GetValue<string>());
        Assert.StartsWith("/posts/2025/12/azure-networking-latest-updates/#", nat["url"]!.GetValue<string>(), StringComparison.Ordinal);
        var pps = limits.Single(l => l!["unit"]!.GetValue<string>() == "pps")!;
        Assert.Equal(10_000_000m, pps["value"]!.GetValue<decimal>());
        var features = catalog["features"]!.AsArray();
        Assert.Equal("preview", features.Single(f => f!["name"]!.GetValue<string>() == "Private Link Direct Connect")!["status"]!.GetValue<string>());
        Assert.Equal("planned", features.Single(f => f!["name"]!.GetValue<string>() == "ExpressRoute 400G")!["status"]!.GetValue<string>());
        var services = catalog["services"]!.AsArray();
        Assert.Contains(services, s => s!["id"]!.GetValue<string>() == "nat-gateway" && s["url"]!.GetValue<string>() == "/services/nat-gateway/");
    }

    [Fact]
    public void A_schema_violation_is_caught_by_the_check()
    {
        BuildSeed();
        var path = Path.Combine(Output, "catalog.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"status\": \"preview\"", "\"status\": \"shipped\"", StringComparison.Ordinal));

        Assert.Contains(CatalogChecks.SchemaViolations(Output), v => v.InstanceLocation.EndsWith("/status", StringComparison.Ordinal) && v.Value == "\"shipped\"");
    }

    [Fact]
    public void Every_link_and_anchor_resolves_under_a_project_path()
    {
        BuildSeed("https://user.github.io/my-repo/");

        var jsonLinks = CatalogChecks.Catalog(Output)["features"]!.AsArray().Select(f => f!["url"]!.GetValue<string>())
            .Concat(CatalogChecks.Catalog(Output)["limits"]!.AsArray().Select(l => l!["url"]!.GetValue<string>()))
            .ToList();
        Assert.All(jsonLinks, url => Assert.StartsWith("https://user.github.io/my-repo/posts/", url, StringComparison.Ordinal));
        // The checker resolves every link of every page and of catalog.json, anchors included.
        Assert.Empty(SiteLinks.Broken(Output, "/my-repo/"));
    }
}
