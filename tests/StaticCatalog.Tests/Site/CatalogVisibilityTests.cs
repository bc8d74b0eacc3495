using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StaticCatalog.Checking;
using StaticCatalog.Catalog;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Posts;
using StaticCatalog.Rendering;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Site;

/// <summary>
/// <c>catalog_min_confidence</c>: the pages show curated items and items at or above it (a status below it as
/// unknown); catalog.json keeps every item with its confidence.
/// </summary>
[Trait("Category", "Unit")]
public sealed class CatalogVisibilityTests
{
    private static readonly ServiceTaxonomy Taxonomy = new(["Networking"], [new Service("nat-gateway", "Azure NAT Gateway", "Networking", ["NAT Gateway"], [], null)]);

    private static readonly CatalogFeature Doubtful = Feature("Doubtful Gateway Widget", ReleaseStatus.Preview, confidence: 0.2);
    private static readonly CatalogFeature CuratedLow = Feature("Curated Gateway Widget", ReleaseStatus.Ga, confidence: 0.1, curated: true);
    private static readonly CatalogFeature UnsureStatus = Feature("Sure Gateway Widget", ReleaseStatus.Ga, confidence: 0.9, statusConfidence: 0.3);

    [Fact]
    public void A_low_confidence_feature_is_in_catalog_json_but_not_on_the_status_board_and_a_curated_one_is_shown()
    {
        var site = Site(new SiteConfig());

        var features = JsonDocument.Parse(CatalogJson.Serialize(site)).RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => (Confidence: f.GetProperty("confidence").GetDouble(), Status: f.GetProperty("status").GetString(), StatusConfidence: f.GetProperty("status_confidence").GetDouble()));
        var board = Render(site, SitePaths.Status);

        Assert.Equal((0.2, "preview", 1.0), features["Doubtful Gateway Widget"]);
        Assert.Equal((0.1, "ga", 1.0), features["Curated Gateway Widget"]);
        Assert.Equal((0.9, "ga", 0.3), features["Sure Gateway Widget"]);
        Assert.DoesNotContain("Doubtful Gateway Widget", board);
        Assert.Contains("Curated Gateway Widget", board);
        // Its status is below the threshold, so it shows as unknown, and the board's columns are the known statuses.
        Assert.DoesNotContain("Sure Gateway Widget", board);
    }

    [Fact]
    public void Every_page_shows_the_same_items_and_a_status_below_the_threshold_as_unknown()
    {
        var site = Site(new SiteConfig());

        foreach (var path in new[] { SitePaths.Service("nat-gateway"), site.Posts[0].SitePath })
        {
            var html = Render(site, path);
            Assert.DoesNotContain("Doubtful Gateway Widget", html);
            Assert.Contains("Curated Gateway Widget", html);
            Assert.Contains("Sure Gateway Widget", html);
        }

        Assert.Equal(ReleaseStatus.Unknown, site.Catalog.Features.Single(f => f.Feature.Name == "Sure Gateway Widget").Feature.Status);
        Assert.Equal(ReleaseStatus.Ga, site.FullCatalog.Features.Single(f => f.Feature.Name == "Sure Gateway Widget").Feature.Status);
        Assert.Equal(2, site.Catalog.Services.Single().Features.Count);
        Assert.Equal(3, site.FullCatalog.Services.Single().Features.Count);
    }

    [Fact]
    public void A_low_confidence_limit_is_in_catalog_json_but_not_on_the_limits_index()
    {
        var site = Site(new SiteConfig());

        var limits = JsonDocument.Parse(CatalogJson.Serialize(site)).RootElement.GetProperty("limits").EnumerateArray()
            .Select(l => (l.GetProperty("value").GetDecimal(), l.GetProperty("confidence").GetDouble())).ToList();
        var index = Render(site, SitePaths.Limits);

        Assert.Equal([(100m, 0.9), (777m, 0.2)], limits.Order());
        Assert.Contains("100 Gbps", index);
        // The limit's cells and row; the page's unit table holds 1099511627776 (a TiB), so not the digits alone.
        Assert.DoesNotContain("777 flows", index);
        Assert.DoesNotContain("data-value=\"777\"", index);
        Assert.Contains("data-value=\"100000000000\"", index);
    }

    [Fact]
    public void A_threshold_of_zero_shows_everything_as_catalog_json_has_it()
    {
        var site = Site(new SiteConfig { CatalogMinConfidence = 0 });

        Assert.Same(site.FullCatalog, site.Catalog);
        Assert.Contains("Doubtful Gateway Widget", Render(site, SitePaths.Status));
        Assert.Contains("data-value=\"777\"", Render(site, SitePaths.Limits));
    }

    [Fact]
    public void One_posts_catalog_as_evaluate_min_confidence_scores_it_hides_what_the_pages_hide()
    {
        var full = Catalog();

        var shown = new CatalogVisibility(0.5).Shown(full);

        Assert.Equal(["Curated Gateway Widget", "Sure Gateway Widget"], shown.Features.Select(f => f.Name));
        Assert.Equal([ReleaseStatus.Ga, ReleaseStatus.Unknown], shown.Features.Select(f => f.Status));
        Assert.Equal([100m], shown.Limits.Select(l => l.Value));
        Assert.Equal(full.Services, shown.Services);
        Assert.Same(full, new CatalogVisibility(0).Shown(full));
    }

    [Fact]
    public void The_confidences_are_in_the_schema_which_check_validates()
    {
        var catalog = JsonNode.Parse(CatalogJson.Serialize(Site(new SiteConfig())))!;
        using var valid = JsonDocument.Parse(catalog.ToJsonString());
        catalog["features"]![0]!["status_confidence"] = 1.5;
        catalog["limits"]![0]!["confidence"] = -0.1;
        using var invalid = JsonDocument.Parse(catalog.ToJsonString());

        Assert.Empty(CatalogSchema.Violations(valid.RootElement));
        var violations = CatalogSchema.Violations(invalid.RootElement).Select(v => v.InstanceLocation).ToList();
        Assert.Contains("/features/0/status_confidence", violations);
        Assert.Contains("/limits/0/confidence", violations);
    }

    private static PostCatalog Catalog() => new(["nat-gateway"], [Doubtful, CuratedLow, UnsureStatus],
    [
        new CatalogLimit("nat-gateway", null, "Azure NAT Gateway", "throughput", 100, "Gbps", 100_000_000_000m, "bit/s", "up to", null, "Up to 100 Gbps.", Curated: false) { Confidence = 0.9 },
        new CatalogLimit("nat-gateway", null, "Azure NAT Gateway", "flows", 777, "count", 777, "count", null, null, "777 flows.", Curated: false) { Confidence = 0.2 },
    ]);

    private static SiteModel Site(SiteConfig config)
    {
        var catalog = Catalog();
        var post = new Post
        {
            SourcePath = "seeds/a.md",
            RelativePath = "a.md",
            Title = "NAT Gateway news",
            Date = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero),
            Slug = "nat-gateway-news",
            LongSlug = "nat-gateway-news",
            ContentHtml = "<p>NAT Gateway news.</p>",
            ExcerptHtml = "",
            ExcerptText = "",
            Catalog = catalog,
        };
        return SiteAssembler.Assemble([post], config, SiteUrl.Root, Taxonomy, new DiagnosticBag());
    }

    private static string Render(SiteModel site, string sitePath)
    {
        var diagnostics = new DiagnosticBag();
        var planner = new PagePlanner(site);
        var templates = TemplateSet.Load(new ThemeFiles(RepoPaths.Theme, RepoPaths.Input), diagnostics);
        using var renderer = new PageRenderer(templates, planner.SiteView(), 10);
        var (file, error) = renderer.Render(planner.Plan().Single(p => p.SitePath == sitePath));
        Assert.Null(error);
        return Encoding.UTF8.GetString(file!.Content);
    }

    private static CatalogFeature Feature(string name, ReleaseStatus status, double confidence, double statusConfidence = 1, bool curated = false) =>
        new(name, status, ["nat-gateway"], null, name + " is here.", curated) { Confidence = confidence, StatusConfidence = statusConfidence };
}
