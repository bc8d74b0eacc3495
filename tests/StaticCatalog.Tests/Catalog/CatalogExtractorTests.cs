using StaticCatalog.Catalog;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Catalog;

[Trait("Category", "Unit")]
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

    /// <summary>The limits found in the one sentence of the post that contains <paramref name="passage"/>, smallest first.</summary>
    private static List<CatalogLimit> LimitsIn(PostCatalog catalog, string passage)
    {
        var found = catalog.Limits.Where(l => l.Evidence.Contains(passage, StringComparison.Ordinal)).OrderBy(l => l.Normalized).ToList();
        Assert.True(found.Count > 0, $"no limit quotes '{passage}'; the limits quote: " + string.Join(" | ", catalog.Limits.Select(l => l.Evidence)));
        Assert.Single(found.Select(l => l.Evidence).Distinct());
        return found;
    }

    [Fact]
    public void The_seed_yields_its_NAT_Gateway_VPN_Private_Link_and_backbone_figures()
    {
        // Each figure is looked up by the words of its sentence in the seed, then its value, unit and service are checked.
        var catalog = Seed().Catalog;

        var nat = LimitsIn(catalog, "Standard NAT Gateway V2 offers");
        Assert.Equal([(10_000_000m, "packet/s"), (100_000_000_000m, "bit/s")], nat.Select(l => (l.Normalized, l.BaseUnit)));
        Assert.All(nat, l => Assert.Equal("nat-gateway", l.Service));

        var vpn = LimitsIn(catalog, "faster VPN connectivity");
        Assert.Equal([5_000_000_000m, 20_000_000_000m], vpn.Select(l => l.Normalized));
        Assert.All(vpn, l => Assert.Equal(("vpn-gateway", "bit/s"), (l.Service, l.BaseUnit)));
        Assert.Contains("per TCP flow", vpn[0].Qualifier);
        Assert.Contains("total across 4 tunnels", vpn[1].Qualifier);

        var privateLink = LimitsIn(catalog, "cross-peered VNets");
        Assert.Equal([5000m, 20_000m], privateLink.Select(l => l.Normalized));
        Assert.All(privateLink, l => Assert.Equal(("private-link", "count"), (l.Service, l.BaseUnit)));
        Assert.Equal("private endpoints per VNet", privateLink[0].Metric);
        Assert.Equal("up to", privateLink[0].Qualifier);

        var backbone = LimitsIn(catalog, "Azure's backbone spans");
        Assert.Equal([(60m, "count", "AI regions"), (804_672_000m, "m", "fiber"), (18_000_000_000_000_000m, "bit/s", "WAN capacity")],
            backbone.Select(l => (l.Normalized, l.BaseUnit, l.Metric)));
        var wan = backbone[2];
        Assert.Equal("Azure's backbone spans 60+ AI regions and 500,000+ miles of fiber, supporting massive scale (18 Pbps WAN capacity).", wan.Evidence);

        var expressRoute = Assert.Single(LimitsIn(catalog, "ExpressRoute 400G"));
        Assert.Equal((400_000_000_000m, "bit/s"), (expressRoute.Normalized, expressRoute.BaseUnit));
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
