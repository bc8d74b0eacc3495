using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Limits;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Catalog.Limits;

/// <summary>A limit's subject (issue 16, pattern 4): the product its clause, lead, passage, heading or post names, never a label heading.</summary>
[Trait("Category", "Unit")]
public sealed class LimitAttributionTests
{
    private static readonly ServiceTaxonomy Taxonomy = ServiceTaxonomyLoader.Load(RepoPaths.Input, new DiagnosticBag());
    private static readonly PostParser Parser = new(MarkdownPipelineFactory.Create(), Taxonomy);

    private static CatalogLimit Limit(string title, string body, decimal normalized)
    {
        var text = $"---\ntitle: '{title}'\ndate: 2025-12-01\n---\n{body}\n";
        var result = Parser.Parse(new SourceFile("post.md", "post.md", text));
        Assert.True(result.Post is not null, string.Join("\n", result.Diagnostics));
        var limits = result.Post!.Catalog.Limits;
        return Assert.Single(limits, l => l.Normalized == normalized);
    }

    [Fact]
    public void The_product_named_in_the_clause_wins_over_a_label_heading()
    {
        var limit = Limit("Networking news", "## Key highlights\n\n- Standard NAT Gateway V2 offers 100 Gbps throughput.", 100_000_000_000m);

        Assert.Equal("nat-gateway", limit.Service);
        Assert.DoesNotContain("highlights", limit.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.True(limit.Confidence >= 0.75);
    }

    [Fact]
    public void A_bold_product_lead_is_the_subject_of_its_figures()
    {
        var limit = Limit("New VM sizes", "## Performance\n\n- **DCesv6 and DCedsv6**: General-purpose with up to 128 vCPUs.", 128m);

        Assert.Equal("DCesv6 and DCedsv6", limit.Subject);
        Assert.True(limit.Confidence >= 0.9);
    }

    [Theory]
    [InlineData("Key highlights")]
    [InlineData("Platform Support")]
    [InlineData("Grace Period")]
    [InlineData("Memory configurations")]
    public void A_label_lead_is_no_subject_the_post_product_is(string label)
    {
        var limit = Limit("Maia 200: The AI Accelerator Built for Inference", $"## Overview\n\n- **{label}**: up to 216 GB of memory.", 216_000_000_000m);

        Assert.Equal("Maia 200", limit.Subject);
    }

    [Fact]
    public void A_heading_that_names_a_product_gives_it_without_its_label_words()
    {
        var limit = Limit("Inference news", "## Key Features of Maia 200\n\nThe chip has 272 MB of on-chip SRAM.", 272_000_000m);

        Assert.Equal("Maia 200", limit.Subject);
    }

    [Fact]
    public void A_possessive_names_the_part_of_a_product()
    {
        var limit = Limit("Networking news", "### 1. AI-Optimized Network Infrastructure\n\n- Azure's backbone spans 60+ AI regions.", 60m);

        Assert.Equal("Azure backbone", limit.Subject);
    }

    [Fact]
    public void A_table_row_is_about_its_first_cell()
    {
        var limit = Limit("Token behavior", "| Token | Lifetime |\n|---|---|\n| Refresh Token | 90 days maximum lifetime |", 90 * 86_400m);

        Assert.Equal("Refresh Token", limit.Subject);
    }

    [Fact]
    public void A_figure_nothing_names_falls_back_to_the_heading_with_low_confidence()
    {
        var limit = Limit("Notes from the field", "## Operational challenges\n\nEach appliance caps at 250,000 concurrent connections per VM.", 250_000m);

        Assert.Equal(SubjectSource.None, SubjectSourceOf(limit));
        Assert.True(limit.Confidence < 0.5);
    }

    private static SubjectSource SubjectSourceOf(CatalogLimit limit) =>
        LimitConfidence.BySource.First(s => s.Value.Bound == limit.Confidence || s.Value.Bare == limit.Confidence).Key;
}
