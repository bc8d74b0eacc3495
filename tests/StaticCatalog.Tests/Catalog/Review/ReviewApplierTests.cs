using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Review;

namespace StaticCatalog.Tests.Catalog.Review;

/// <summary>What a reader sees of a post's catalog once a maintainer's decisions are put over what the extractor found.</summary>
[Trait("Category", "Unit")]
public sealed class ReviewApplierTests
{
    private static CatalogFeature Extracted(string name, ReleaseStatus status = ReleaseStatus.Unknown, string anchor = "p-1", double confidence = 0.55) =>
        new(name, status, ["nat-gateway"], anchor, $"{name} is here.", Curated: false) { Confidence = confidence, StatusConfidence = 0.5 };

    private static CatalogLimit Limit(decimal value, string metric = "throughput", string subject = "NAT Gateway V2") =>
        new("nat-gateway", null, subject, metric, value, "Gbps", value * 1_000_000_000m, "bit/s", null, "p-2", $"{value} Gbps", Curated: false) { Confidence = 0.4 };

    private static PostCatalog Post(params CatalogFeature[] features) => new(["nat-gateway"], features, [Limit(100)]);

    [Fact]
    public void A_rejected_feature_is_left_out_and_the_others_stay_as_extracted()
    {
        var post = Post(Extracted("Introduction of NAT Gateway V2"), Extracted("NAT Gateway V2"));
        var review = ReviewFile.Empty.With(new ReviewDecision(ReviewItemKind.Feature, "Introduction of NAT Gateway V2", ReviewDecisionKind.Reject));

        var shown = ReviewApplier.Apply(post, review);

        Assert.Equal(["NAT Gateway V2"], shown.Features.Select(f => f.Name));
        Assert.False(shown.Features[0].Curated);
        Assert.Null(shown.Features[0].Review);
    }

    [Fact]
    public void An_accepted_feature_is_curated_sure_and_keeps_its_paragraph_even_when_the_extractor_later_gives_another_status()
    {
        var accepted = Extracted("NAT Gateway V2", ReleaseStatus.Preview) with { Curated = true };
        var review = ReviewFile.Empty.With(new ReviewDecision(ReviewItemKind.Feature, "NAT Gateway V2", ReviewDecisionKind.Accept, Feature: accepted));

        var shown = ReviewApplier.Apply(Post(Extracted("NAT Gateway V2", ReleaseStatus.Ga, anchor: "p-9")), review).Features.Single();

        Assert.Equal((ReleaseStatus.Preview, true, ReviewDecisionKind.Accept, 1.0, 1.0, "p-9"), (shown.Status, shown.Curated, shown.Review, shown.Confidence, shown.StatusConfidence, shown.Anchor));
    }

    [Fact]
    public void A_corrected_feature_shows_the_maintainers_name_and_status_in_the_place_of_the_extracted_one()
    {
        var corrected = Extracted("Standard NAT Gateway V2", ReleaseStatus.Ga) with { Curated = true };
        var review = ReviewFile.Empty.With(new ReviewDecision(ReviewItemKind.Feature, "Introduction of NAT Gateway V2", ReviewDecisionKind.Correct, Feature: corrected));

        var shown = ReviewApplier.Apply(Post(Extracted("Other"), Extracted("Introduction of NAT Gateway V2", anchor: "p-4")), review).Features;

        Assert.Equal(["Other", "Standard NAT Gateway V2"], shown.Select(f => f.Name));
        Assert.Equal((ReleaseStatus.Ga, ReviewDecisionKind.Correct, "p-4"), (shown[1].Status, shown[1].Review, shown[1].Anchor));
    }

    [Fact]
    public void Decisions_find_their_items_by_label_so_a_post_edited_above_them_keeps_them()
    {
        var review = ReviewFile.Empty.With(new ReviewDecision(ReviewItemKind.Feature, "eBPF Host Routing", ReviewDecisionKind.Reject));

        var before = ReviewApplier.Apply(Post(Extracted("eBPF Host Routing"), Extracted("Pod CIDR Expansion")), review);
        var after = ReviewApplier.Apply(Post(Extracted("A new first item"), Extracted("Pod CIDR Expansion"), Extracted("eBPF Host Routing")), review);

        Assert.Equal(["Pod CIDR Expansion"], before.Features.Select(f => f.Name));
        Assert.Equal(["A new first item", "Pod CIDR Expansion"], after.Features.Select(f => f.Name));
    }

    [Fact]
    public void An_item_the_extractor_words_a_little_differently_is_still_the_decided_one()
    {
        var features = ReviewFile.Empty.With(new ReviewDecision(ReviewItemKind.Feature, "Azure NAT Gateway V2", ReviewDecisionKind.Reject));
        var accepted = Limit(100) with { Curated = true };
        var limits = ReviewFile.Empty.With(new ReviewDecision(ReviewItemKind.Limit, "100 Gbps throughput of Introduction of NAT Gateway V2", ReviewDecisionKind.Accept, Limit: accepted));

        Assert.Empty(ReviewApplier.Apply(Post(Extracted("NAT Gateway V2")), features).Features);
        var limit = ReviewApplier.Apply(Post(), limits).Limits.Single();
        Assert.Equal((ReviewDecisionKind.Accept, "p-2"), (limit.Review, limit.Anchor));
    }

    [Fact]
    public void An_accepted_item_the_extractor_no_longer_finds_is_still_shown_but_links_no_paragraph_and_a_lost_rejection_removes_nothing()
    {
        var kept = Extracted("Private Link Direct Connect", ReleaseStatus.Preview) with { Curated = true };
        var review = ReviewFile.Empty
            .With(new ReviewDecision(ReviewItemKind.Feature, "Private Link Direct Connect", ReviewDecisionKind.Accept, Feature: kept))
            .With(new ReviewDecision(ReviewItemKind.Feature, "Something gone", ReviewDecisionKind.Reject));

        var shown = ReviewApplier.Apply(Post(Extracted("NAT Gateway V2")), review).Features;

        Assert.Equal(["NAT Gateway V2", "Private Link Direct Connect"], shown.Select(f => f.Name));
        Assert.Null(shown[1].Anchor);
        Assert.Equal(ReviewDecisionKind.Accept, shown[1].Review);
    }

    [Fact]
    public void A_limit_decision_that_lost_its_label_never_lands_on_a_look_alike_of_another_subject()
    {
        var fabrikam = Limit(10, subject: "Fabrikam Router") with { Evidence = "Fabrikam Router does 10 Gbps.", Curated = true };
        var review = ReviewFile.Empty.With(new ReviewDecision(ReviewItemKind.Limit, "10 Gbps throughput of Fabrikam Router", ReviewDecisionKind.Accept, Limit: fabrikam));
        var post = new PostCatalog(["nat-gateway"], [],
            [Limit(10, subject: "Contoso Router") with { Evidence = "Contoso Router does 10 Gbps." }, Limit(10, subject: "Fabrikam Router Pro") with { Evidence = "Fabrikam Router Pro does 10 Gbps." }]);

        var shown = ReviewApplier.Apply(post, review).Limits;

        Assert.Equal(["Contoso Router", "Fabrikam Router Pro", "Fabrikam Router"], shown.Select(l => l.Subject));
        Assert.Equal([null, null, ReviewDecisionKind.Accept], shown.Select(l => l.Review));
        Assert.Null(shown[2].Anchor);
    }

    [Fact]
    public void A_feature_decision_that_fits_two_items_applies_to_neither()
    {
        var review = ReviewFile.Empty.With(new ReviewDecision(ReviewItemKind.Feature, "Azure NAT Gateway V2", ReviewDecisionKind.Reject));

        var shown = ReviewApplier.Apply(Post(Extracted("NAT Gateway V2"), Extracted("NAT Gateway (V2)", anchor: "p-3")), review).Features;

        Assert.Equal(2, shown.Count);
    }

    [Fact]
    public void An_accepted_feature_the_post_already_shows_by_name_is_not_shown_twice()
    {
        var kept = Extracted("Private Link Direct Connect", ReleaseStatus.Preview) with { Curated = true };
        var review = ReviewFile.Empty.With(new ReviewDecision(ReviewItemKind.Feature, "Direct Connect", ReviewDecisionKind.Accept, Feature: kept));
        var written = Extracted("Private Link Direct Connect", ReleaseStatus.Ga) with { Curated = true };

        var shown = ReviewApplier.Apply(Post(written), review).Features;

        Assert.Equal(ReleaseStatus.Ga, Assert.Single(shown).Status);
    }

    [Fact]
    public void A_corrected_limit_value_replaces_the_extracted_one_and_is_normalized_again()
    {
        var post = Post();
        var extracted = post.Limits.Single();
        var fixedLimit = StaticCatalog.Reviewing.ReviewDecisions.Corrected(extracted, null, null, null, 50m, "Mbps", null)!;
        var review = ReviewFile.Empty.With(new ReviewDecision(ReviewItemKind.Limit, ReviewLabels.Of(extracted), ReviewDecisionKind.Correct, Limit: fixedLimit with { Curated = true }));

        var shown = ReviewApplier.Apply(post, review).Limits.Single();

        Assert.Equal((50m, "Mbps", 50_000_000m, "bit/s", ReviewDecisionKind.Correct, 1.0), (shown.Value, shown.Unit, shown.Normalized, shown.BaseUnit, shown.Review, shown.Confidence));
        Assert.Equal("100 Gbps throughput of NAT Gateway V2", ReviewLabels.Of(extracted));
    }
}
