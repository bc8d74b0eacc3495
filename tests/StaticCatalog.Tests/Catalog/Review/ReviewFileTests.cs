using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Review;

namespace StaticCatalog.Tests.Catalog.Review;

/// <summary>A post's review file as a maintainer meets it: what it says is read back exactly, and each mistake in it is named at its line and column.</summary>
[Trait("Category", "Unit")]
public sealed class ReviewFileTests
{
    private static readonly ServiceTaxonomy Taxonomy = new(["Networking"],
        [new Service("nat-gateway", "Azure NAT Gateway", "Networking", ["NAT Gateway"], [], null), new Service("private-link", "Azure Private Link", "Networking", ["Private Link"], [], null)]);

    private static (ReviewFile? File, List<string> Errors) Read(string text)
    {
        var errors = new List<string>();
        var file = ReviewFileReader.Read(text, Taxonomy, (line, column, message) => errors.Add($"({line},{column}): {message}"));
        return (file, errors);
    }

    [Fact]
    public void Written_decisions_read_back_the_same_and_the_same_decisions_give_the_same_bytes()
    {
        var feature = new CatalogFeature("Standard NAT Gateway V2: \"zone\" redundant — €", ReleaseStatus.Preview, ["nat-gateway"], null, "It's here: 100 Gbps.\nNew line", Curated: true);
        var limit = new CatalogLimit("nat-gateway", "NAT Gateway V2", "NAT Gateway V2", "throughput", 100m, "Gbps", 100_000_000_000m, "bit/s", "up to", null, "up to 100 Gbps", Curated: true);
        var review = ReviewFile.Empty
            .With(new ReviewDecision(ReviewItemKind.Feature, "Introduction of NAT Gateway V2", ReviewDecisionKind.Reject))
            .With(new ReviewDecision(ReviewItemKind.Feature, "NAT Gateway V2", ReviewDecisionKind.Correct, Feature: feature))
            .With(new ReviewDecision(ReviewItemKind.Limit, "100 Gbps throughput of NAT Gateway V2", ReviewDecisionKind.Accept, Limit: limit));

        var text = ReviewFileWriter.Write(review, "post.md");
        var (back, errors) = Read(text);

        Assert.Empty(errors);
        Assert.Equal(text, ReviewFileWriter.Write(review, "post.md"));
        Assert.Equal(3, back!.Decisions.Count);
        Assert.Equal(ReviewDecisionKind.Reject, back.Decisions[0].Decision);
        Assert.Equal(feature.Name, back.Decisions[1].Feature!.Name);
        Assert.Equal(feature.Evidence, back.Decisions[1].Feature!.Evidence);
        Assert.Equal(ReleaseStatus.Preview, back.Decisions[1].Feature!.Status);
        Assert.Equal(["nat-gateway"], back.Decisions[1].Feature!.Services);
        var limitBack = back.Decisions[2].Limit!;
        Assert.Equal((100m, "Gbps", 100_000_000_000m, "bit/s", "up to", "throughput"), (limitBack.Value, limitBack.Unit, limitBack.Normalized, limitBack.BaseUnit, limitBack.Qualifier, limitBack.Metric));
    }

    [Fact]
    public void A_new_decision_on_an_item_replaces_the_old_one_and_labels_ignore_case_and_spaces()
    {
        var review = ReviewFile.Empty
            .With(new ReviewDecision(ReviewItemKind.Feature, "NAT Gateway V2", ReviewDecisionKind.Reject))
            .With(new ReviewDecision(ReviewItemKind.Feature, "nat  gateway v2", ReviewDecisionKind.Reject));

        Assert.Single(review.Decisions);
        Assert.NotNull(review.For(ReviewItemKind.Feature, "NAT gateway V2"));
        Assert.Null(review.For(ReviewItemKind.Limit, "NAT Gateway V2"));
    }

    [Fact]
    public void Every_unit_a_limit_is_shown_in_reads_back_as_the_same_unit()
    {
        foreach (var unit in Units.All)
        {
            var found = CuratedCatalogReader.FindUnit(unit.Symbol);
            Assert.True(found is not null && found.BaseUnit == unit.BaseUnit && found.Factor == unit.Factor, $"'{unit.Symbol}' reads back as {found?.Symbol ?? "nothing"}");
        }
    }

    [Theory]
    [InlineData("features:\n  - item: X\n    decision: maybe\n", "(3,15): 'maybe' is not a decision (accept, correct or reject)")]
    [InlineData("features:\n  - item: X\n    decision: reject\n    status: ga\n", "(4,13): a rejected item is left out, so 'status' has nothing to say: remove it, or make the decision 'correct'")]
    [InlineData("features:\n  - decision: reject\n", "(2,5): a decision needs an 'item'")]
    [InlineData("features:\n  - item: X\n    decision: correct\n    name: X\n    services: [nat-gateways]\n", "(5,16): 'nat-gateways' is not a service slug of services.yml")]
    [InlineData("features:\n  - item: X\n    decision: accept\n    status: ga\n", "(2,5): a curated feature needs a 'name'")]
    [InlineData("limits:\n  - item: X\n    decision: correct\n    metric: throughput\n    value: 10\n    unit: furlongs\n", "(6,11): 'furlongs' is not a known unit")]
    [InlineData("features:\n  - item: X\n    decision: reject\n  - item: \"x \"\n    decision: reject\n", "(4,5): a second decision about \"x\" (the first is on line 2): keep one")]
    [InlineData("feature:\n  - item: X\n", "(1,1): unknown key 'feature' in a review file (known: features, limits)")]
    [InlineData("features: [item: \"x\n", "(1,")]
    [InlineData("a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nfeatures: [*d, *d]\n", "(4,")]
    public void A_mistake_is_named_at_its_line_and_column_and_nothing_is_applied(string text, string expected)
    {
        var (file, errors) = Read(text);

        Assert.Null(file);
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_review_file_sits_beside_its_post()
    {
        Assert.Equal(Path.Combine("seeds", "news", "2025-12-01-nat.catalog.yml"), ReviewFile.PathFor(Path.Combine("seeds", "news", "2025-12-01-nat.md")));
    }
}
