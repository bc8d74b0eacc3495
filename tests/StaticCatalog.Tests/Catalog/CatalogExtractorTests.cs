using StaticCatalog.Catalog;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Catalog;

public sealed class CatalogExtractorTests
{
    private static readonly ServiceTaxonomy Taxonomy = ServiceTaxonomyLoader.Load(RepoPaths.Input, new DiagnosticBag());
    private static readonly PostParser Parser = new(MarkdownPipelineFactory.Create(), Taxonomy);

    private static PostParseResult Parse(string text, string name = "post.md") =>
        Parser.Parse(new SourceFile(name, name, text));

    private static Post ParseOk(string text)
    {
        var result = Parse(text);
        Assert.True(result.Post is not null, string.Join("\n", result.Diagnostics));
        return result.Post!;
    }

    private static Post Seed() =>
        ParseOk(File.ReadAllText(Directory.GetFiles(RepoPaths.Seeds, "*.md").Single()));

    private static CatalogLimit Limit(PostCatalog catalog, decimal normalized, string baseUnit) =>
        Assert.Single(catalog.Limits, l => l.Normalized == normalized && l.BaseUnit == baseUnit);

    [Fact]
    public void The_seed_yields_its_NAT_Gateway_VPN_Private_Link_and_backbone_figures()
    {
        var catalog = Seed().Catalog;

        Assert.Equal("nat-gateway", Limit(catalog, 100_000_000_000m, "bit/s").Service);
        Assert.Equal("nat-gateway", Limit(catalog, 10_000_000m, "packet/s").Service);

        var perFlow = Limit(catalog, 5_000_000_000m, "bit/s");
        Assert.Equal("vpn-gateway", perFlow.Service);
        Assert.Contains("per TCP flow", perFlow.Qualifier);
        var total = Limit(catalog, 20_000_000_000m, "bit/s");
        Assert.Equal("vpn-gateway", total.Service);
        Assert.Contains("total across 4 tunnels", total.Qualifier);

        var endpoints = Limit(catalog, 5000m, "count");
        Assert.Equal("private-link", endpoints.Service);
        Assert.Equal("private endpoints per VNet", endpoints.Metric);
        Assert.Equal("up to", endpoints.Qualifier);
        Assert.Equal("private-link", Limit(catalog, 20_000m, "count").Service);

        var wan = Limit(catalog, 18_000_000_000_000_000m, "bit/s");
        Assert.Equal("WAN capacity", wan.Metric);
        Assert.Equal("Azure's backbone spans 60+ AI regions and 500,000+ miles of fiber, supporting massive scale (18 Pbps WAN capacity).", wan.Evidence);
        Assert.Equal(400_000_000_000m, Limit(catalog, 400_000_000_000m, "bit/s").Normalized);
    }

    [Fact]
    public void The_seed_yields_its_statuses()
    {
        var features = Seed().Catalog.Features;

        Assert.Equal(ReleaseStatus.Preview, Assert.Single(features, f => f.Name == "Private Link Direct Connect").Status);
        Assert.Equal(["private-link"], Assert.Single(features, f => f.Name == "Private Link Direct Connect").Services);
        Assert.Equal(ReleaseStatus.Planned, Assert.Single(features, f => f.Name == "ExpressRoute 400G").Status);
        Assert.Equal(ReleaseStatus.Ga, Assert.Single(features, f => f.Services.Contains("vpn-gateway")).Status);

        // "public preview" is only in the link's URL: announcing-the-public-preview-of-standardv2-nat-gateway...
        Assert.Equal(ReleaseStatus.Preview, Assert.Single(features, f => f.Name == "NAT Gateway V2").Status);
        Assert.DoesNotContain(features, f => f.Name.StartsWith('3'));
    }

    [Fact]
    public void The_seed_names_its_services_and_Firewall_Manager_only_where_named()
    {
        var services = Seed().Catalog.Services;

        Assert.Contains("nat-gateway", services);
        Assert.Contains("expressroute", services);
        Assert.Contains("aks", services);
        // The updates filter in the last link's URL lists every networking product; URLs are not prose.
        Assert.DoesNotContain("firewall-manager", services);
        Assert.DoesNotContain("traffic-manager", services);
    }

    [Fact]
    public void Every_item_points_at_an_anchor_on_the_rendered_page()
    {
        var post = Seed();
        var anchors = post.Catalog.Features.Select(f => f.Anchor).Concat(post.Catalog.Limits.Select(l => l.Anchor)).ToList();

        Assert.All(anchors, anchor => Assert.Contains($"id=\"{anchor}\"", post.ContentHtml, StringComparison.Ordinal));
        Assert.Contains("<li id=\"f-private-link-direct-connect\">", post.ContentHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchors_stay_put_when_another_paragraph_changes()
    {
        const string body = "- A list item that states 100 Gbps throughput for Azure NAT Gateway.\n";
        var before = ParseOk("---\ntitle: T\ndate: 2025-12-01\n---\nFirst paragraph.\n\n" + body);
        var after = ParseOk("---\ntitle: T\ndate: 2025-12-01\n---\nA rewritten first paragraph.\n\nAnother one.\n\n" + body);

        Assert.Equal(Assert.Single(before.Catalog.Limits).Anchor, Assert.Single(after.Catalog.Limits).Anchor);
    }

    [Fact]
    public void A_heading_that_states_a_status_gives_it_to_the_items_listed_under_it()
    {
        var post = ParseOk("---\ntitle: SDK release\ndate: 2026-04-21\n---\n## Initial beta releases\n\n- Azure Firewall Manager client 1.0.0-beta.1\n\n## Retired\n\n- **Basic Load Balancer**: use Standard instead.\n");

        Assert.Equal(ReleaseStatus.Preview, Assert.Single(post.Catalog.Features, f => f.Services.Contains("firewall-manager")).Status);
        Assert.Equal(ReleaseStatus.Retired, Assert.Single(post.Catalog.Features, f => f.Name == "Basic Load Balancer").Status);
    }

    [Fact]
    public void A_services_list_in_front_matter_is_authoritative()
    {
        var post = ParseOk("---\ntitle: About Azure Firewall\ndate: 2025-12-01\ntags: [VPN Gateway]\nservices: [expressroute]\n---\nAzure Firewall and Azure Bastion.\n");

        Assert.Equal(["expressroute"], post.Catalog.Services);
    }

    [Fact]
    public void An_unknown_service_slug_is_an_error_at_its_line()
    {
        var result = Parse("---\ntitle: T\ndate: 2025-12-01\nservices:\n- expressroute\n- not-a-service\n---\nBody.\n", "bad.md");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownService, error.Code);
        Assert.Equal("bad.md(6,3): error SC1011: 'not-a-service' is not a service slug of services.yml", error.ToString());
        Assert.Null(result.Post);
    }

    [Fact]
    public void Curated_entries_win_over_extracted_ones_and_are_marked()
    {
        var post = ParseOk("""
            ---
            title: NAT update
            date: 2025-12-01
            catalog:
              features:
                - name: NAT Gateway V2
                  status: ga
                  date: 2026-01-15
              limits:
                - service: nat-gateway
                  metric: throughput
                  value: 100
                  unit: Gbps
                  qualifier: up to
            ---
            - The new NAT Gateway V2 is in public preview with 100 Gbps throughput and 50 Gbps per flow on Azure NAT Gateway.
            """);

        var feature = Assert.Single(post.Catalog.Features, f => f.Name == "NAT Gateway V2");
        Assert.True(feature.Curated);
        Assert.Equal(ReleaseStatus.Ga, feature.Status);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero), feature.Date);
        Assert.NotNull(feature.Anchor);

        var curated = Assert.Single(post.Catalog.Limits, l => l.Normalized == 100_000_000_000m);
        Assert.True(curated.Curated);
        Assert.Equal("up to", curated.Qualifier);
        Assert.False(Assert.Single(post.Catalog.Limits, l => l.Normalized == 50_000_000_000m).Curated);
    }

    [Theory]
    [InlineData("catalog:\n  features:\n    - name: X\n      status: shipped\n", 7, "'shipped' is not a status")]
    [InlineData("catalog:\n  limits:\n    - metric: throughput\n      value: 100\n      unit: furlongs\n", 8, "'furlongs' is not a known unit")]
    [InlineData("catalog:\n  limits:\n    - metric: throughput\n      unit: Gbps\n", 6, "needs a 'value', a 'unit' and a 'metric'")]
    [InlineData("catalog:\n  notes: x\n", 5, "unknown key 'notes'")]
    public void A_malformed_catalog_block_is_an_error_at_its_line(string block, int line, string message)
    {
        var result = Parse($"---\ntitle: T\ndate: 2025-12-01\n{block}---\nBody.\n", "bad.md");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidCatalogBlock, error.Code);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_in_code_blocks_are_not_limits()
    {
        var post = ParseOk("---\ntitle: T\ndate: 2025-12-01\n---\nConfigure it:\n\n```yaml\nthroughput: 100 Gbps\n```\n");

        Assert.Empty(post.Catalog.Limits);
    }

    [Fact]
    public void A_row_of_several_measurements_is_a_comparison_not_a_limit()
    {
        var post = ParseOk("---\ntitle: T\ndate: 2025-12-01\n---\n| Test | Before | After |\n|---|---|---|\n| Latency | 1239.67 ms | 7.67 ms |\n| Max disk | 64 TB | |\n");

        Assert.Equal(64_000_000_000_000m, Assert.Single(post.Catalog.Limits).Normalized);
    }
}
