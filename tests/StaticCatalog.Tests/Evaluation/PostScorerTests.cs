using StaticCatalog.Catalog;
using StaticCatalog.Evaluation;

namespace StaticCatalog.Tests.Evaluation;

/// <summary>
/// The scorer on small hand-made label and extraction pairs; every expected number is worked out by hand from the
/// labelling guide's rules (in the comments), not taken from the code.
/// </summary>
[Trait("Category", "Unit")]
public sealed class PostScorerTests
{
    private static readonly ServiceTaxonomy Taxonomy = new(["Networking"],
    [
        new Service("nat-gateway", "Azure NAT Gateway", "Networking", ["NAT Gateway"], [], null),
        new Service("aks", "Azure Kubernetes Service", "Networking", ["AKS"], [], null),
        new Service("firewall", "Azure Firewall", "Networking", [], [], null),
        new Service("cosmos-db", "Azure Cosmos DB", "Networking", [], [], null),
    ]);

    private static readonly LabelServiceNames Names = new(Taxonomy);

    [Fact]
    public void Features_match_one_to_one_best_pair_first()
    {
        // "NAT Gateway V2" shares 3 of the extracted name's 5 words (0.6); "NAT Gateway flow logs" shares 4 of 5 (0.8)
        // and takes the only extracted feature, so the first label is missed: 1 matched of 1 found and 2 labelled.
        var label = Post(features: [Feature("NAT Gateway V2", ReleaseStatus.Ga), Feature("NAT Gateway flow logs", ReleaseStatus.Preview)]);
        var catalog = Catalog(features: [Extracted("NAT Gateway V2 flow logs", ReleaseStatus.Ga, "nat-gateway")]);

        var counts = PostScorer.Score(label, catalog, Names);

        Assert.Equal((1, 1, 2), (counts.FeatureMatches, counts.FeaturesFound, counts.FeaturesLabelled));
        Assert.Equal(1.0, EvaluationFigures.FeaturePrecision.ValueOf(counts));
        Assert.Equal(0.5, EvaluationFigures.FeatureRecall.ValueOf(counts));
        // Both labelled statuses are wrong: the first is missed, the second extracted as ga instead of preview.
        Assert.Equal(0.0, EvaluationFigures.StatusAccuracy.ValueOf(counts));
        Assert.Equal(0.0, EvaluationFigures.StatusPrecision.ValueOf(counts));
    }

    [Theory]
    // {cosmos, db, vector, search} and {vector, indexing, cosmos}: 2 shared of the longer's 4 words, exactly half.
    [InlineData("Vector indexing in Cosmos", true)]
    // {vector, indexing, diskann, cosmos, workloads}: 2 shared of 5, under half.
    [InlineData("Vector indexing with DiskANN for Cosmos workloads", false)]
    // {vector, search, cosmos, db}: every word shared ("for", "the" and "now" are no words).
    [InlineData("Now: the vector search for Cosmos DB", true)]
    public void Names_match_when_they_share_half_the_longer_names_words(string extracted, bool matches)
    {
        var label = Post(features: [Feature("Cosmos DB vector search", ReleaseStatus.Unknown)]);
        var catalog = Catalog(features: [Extracted(extracted, ReleaseStatus.Unknown, "cosmos-db")]);

        Assert.Equal(matches ? 1 : 0, PostScorer.Score(label, catalog, Names).FeatureMatches);
    }

    [Fact]
    public void A_name_holding_half_the_labels_evidence_words_matches_when_the_names_share_a_word()
    {
        // Names: {private, subnet, default} and {private, subnets, by, default, virtual, networks}: 2 of 6, under half.
        // Evidence {virtual, networks, get, private, subnets, by, default}: the name holds 6 of those 7, and the names
        // share "private", so they match.
        var label = Post(features: [Feature("Private subnet default", ReleaseStatus.Ga, evidence: "virtual networks get private subnets by default")]);
        var catalog = Catalog(features: [Extracted("Private subnets by default for virtual networks", ReleaseStatus.Ga, "nat-gateway")]);
        // The same evidence, but a name that shares no word with the label's name: no match.
        var unrelated = Catalog(features: [Extracted("Virtual networks get subnets by", ReleaseStatus.Ga, "nat-gateway")]);

        Assert.Equal(1, PostScorer.Score(label, catalog, Names).FeatureMatches);
        Assert.Equal(0, PostScorer.Score(label, unrelated, Names).FeatureMatches);
    }

    [Fact]
    public void Optional_limits_are_neither_missed_nor_wrong()
    {
        var label = Post(limits:
        [
            Limit(100, "up to 100 Gbps of throughput"),
            Limit(50, "previously 50 Gbps", optional: true),
            Limit(5, "up to five public IPs"),
        ]);
        var catalog = Catalog(limits:
        [
            // The same value and all 4 evidence words {up, 100, gbps, throughput}: right.
            ExtractedLimit(100, 100_000_000_000m, "NAT Gateway V2 supports up to 100 Gbps of throughput."),
            // Matches the optional label: not counted at all.
            ExtractedLimit(50, 50_000_000_000m, "previously 50 Gbps per gateway"),
            // The value 5, but 1 of the 4 evidence words {up, five, public, ips} (under 60%): wrong, and "five" is missed.
            ExtractedLimit(5, 5, "Deploy it across five zones."),
        ]);

        var counts = PostScorer.Score(label, catalog, Names);

        // Found 3 less 1 optional hit = 2; labelled 2 that are not optional; 1 right.
        Assert.Equal((1, 2, 2), (counts.LimitMatches, counts.LimitsFound, counts.LimitsLabelled));
        Assert.Equal(0.5, EvaluationFigures.LimitPrecision.ValueOf(counts));
        Assert.Equal(0.5, EvaluationFigures.LimitRecall.ValueOf(counts));
    }

    [Fact]
    public void A_limit_matches_on_its_normalized_value_within_half_a_percent()
    {
        // 1e11 labelled, 100 Gbps extracted: the normalized 1e11 is the same; 100.4 is within 0.5% of 100, 100.6 is not.
        var label = Post(limits: [Limit(100_000_000_000, "100 Gbps throughput")]);

        Assert.Equal(1, PostScorer.Score(label, Catalog(limits: [ExtractedLimit(100, 100_000_000_000m, "100 Gbps throughput")]), Names).LimitMatches);
        Assert.Equal(1, PostScorer.Score(Post(limits: [Limit(100, "100 Gbps throughput")]), Catalog(limits: [ExtractedLimit(100.4m, 1m, "100 Gbps throughput")]), Names).LimitMatches);
        Assert.Equal(0, PostScorer.Score(Post(limits: [Limit(100, "100 Gbps throughput")]), Catalog(limits: [ExtractedLimit(100.6m, 1m, "100 Gbps throughput")]), Names).LimitMatches);
    }

    [Fact]
    public void A_missed_status_counts_as_wrong_and_a_stated_status_for_an_unknown_label_is_imprecise()
    {
        var label = Post(features:
        [
            Feature("Firewall Premium", ReleaseStatus.Ga),
            Feature("Firewall draft policies", ReleaseStatus.Preview),
            Feature("Firewall packet capture", ReleaseStatus.Unknown),
        ]);
        var catalog = Catalog(features:
        [
            Extracted("Firewall Premium", ReleaseStatus.Ga, "firewall"),
            Extracted("Firewall packet capture", ReleaseStatus.Preview, "firewall"),
        ]);

        var counts = PostScorer.Score(label, catalog, Names);

        // Known statuses: ga (right) and preview (missed, so wrong): 1 of 2. Stated by the extractor: ga (right) and
        // preview for an unknown label (wrong): 1 of 2.
        Assert.Equal((1, 2), (counts.StatusesRight, counts.StatusesLabelled));
        Assert.Equal(0.5, EvaluationFigures.StatusAccuracy.ValueOf(counts));
        Assert.Equal((1, 2), (counts.StatusesStatedRight, counts.StatusesStated));
        Assert.Equal(0.5, EvaluationFigures.StatusPrecision.ValueOf(counts));
    }

    [Fact]
    public void Attribution_needs_the_labelled_service_among_at_most_three()
    {
        var label = Post(features:
        [
            Feature("NAT Gateway V2", ReleaseStatus.Ga, service: "Azure NAT Gateway"),
            Feature("AKS automatic upgrades", ReleaseStatus.Ga, service: "AKS"),
            Feature("Firewall Premium", ReleaseStatus.Ga, service: "Microsoft Azure Firewall"),
            Feature("Cosmos DB fleets", ReleaseStatus.Ga, service: "Azure Firewall"),
        ]);
        var catalog = Catalog(features:
        [
            // Three services, the labelled one among them: right.
            Extracted("NAT Gateway V2", ReleaseStatus.Ga, "nat-gateway", "aks", "firewall"),
            // "AKS" is an alias of aks, but four services: wrong.
            Extracted("AKS automatic upgrades", ReleaseStatus.Ga, "aks", "nat-gateway", "firewall", "cosmos-db"),
            // "Microsoft Azure Firewall" less "Microsoft " is the service's name: right.
            Extracted("Firewall Premium", ReleaseStatus.Ga, "firewall"),
            // Not the labelled service: wrong.
            Extracted("Cosmos DB fleets", ReleaseStatus.Ga, "cosmos-db"),
        ]);

        var counts = PostScorer.Score(label, catalog, Names);

        Assert.Equal((2, 4), (counts.AttributionsRight, counts.Attributions));
        Assert.Equal(0.5, EvaluationFigures.Attribution.ValueOf(counts));
    }

    [Fact]
    public void Services_are_compared_as_slugs_and_an_unknown_name_is_never_found()
    {
        // Labelled {nat-gateway, aks, ?Contoso Widgets}, extracted {nat-gateway, firewall}: 1 right of 2 found and 3 labelled.
        var label = Post(services: ["Azure NAT Gateway", "AKS", "Contoso Widgets", "NAT Gateway"]);
        var catalog = Catalog(services: ["nat-gateway", "firewall"]);

        var counts = PostScorer.Score(label, catalog, Names);

        Assert.Equal((1, 2, 3), (counts.ServiceMatches, counts.ServicesFound, counts.ServicesLabelled));
    }

    [Fact]
    public void The_kind_is_right_when_the_extracted_kind_is_the_labelled_one()
    {
        Assert.Equal(1, PostScorer.Score(Post(kind: "release-notes"), Catalog() with { Kind = PostKind.ReleaseNotes }, Names).KindsRight);
        Assert.Equal(0, PostScorer.Score(Post(kind: "release-notes"), Catalog() with { Kind = PostKind.Announcement }, Names).KindsRight);
        Assert.Equal(0, PostScorer.Score(Post(kind: null), Catalog(), Names).KindsRight);
    }

    [Fact]
    public void A_missing_post_is_counted_as_missing_and_nothing_else()
    {
        var counts = PostScorer.Score(Post(features: [Feature("NAT Gateway V2", ReleaseStatus.Ga)]), null, Names);

        Assert.Equal(EvaluationCounts.Zero with { Posts = 1, MissingPosts = 1 }, counts);
        Assert.Null(EvaluationFigures.KindAccuracy.ValueOf(counts));
    }

    [Fact]
    public void Figures_of_a_group_are_ratios_of_summed_counts_not_means()
    {
        // Post 1: 1 matched of 1 found; post 2: 0 of 3 found. Together 1 of 4 (the mean of the two would be 0.5).
        var one = PostScorer.Score(Post(features: [Feature("NAT Gateway V2", ReleaseStatus.Ga)]), Catalog(features: [Extracted("NAT Gateway V2", ReleaseStatus.Ga, "nat-gateway")]), Names);
        var two = PostScorer.Score(Post(), Catalog(features: [Extracted("Key highlights", ReleaseStatus.Unknown), Extracted("Demo overview", ReleaseStatus.Unknown), Extracted("Las Vegas", ReleaseStatus.Planned)]), Names);

        Assert.Equal(0.25, EvaluationFigures.FeaturePrecision.ValueOf(one + two));
    }

    private static LabelledPost Post(
        string? kind = "announcement",
        IReadOnlyList<string>? services = null,
        IReadOnlyList<LabelledFeature>? features = null,
        IReadOnlyList<LabelledLimit>? limits = null) =>
        new("news/2026-01-01-Example.md", LabelledSet.Dev, kind, services ?? [], features ?? [], limits ?? []);

    private static LabelledFeature Feature(string name, ReleaseStatus status, string? service = null, string? evidence = null) =>
        new(name, service, status, evidence);

    private static LabelledLimit Limit(double value, string evidence, bool optional = false) =>
        new("Azure NAT Gateway", "throughput", value, "Gbps", null, evidence, optional);

    private static PostCatalog Catalog(
        IReadOnlyList<string>? services = null,
        IReadOnlyList<CatalogFeature>? features = null,
        IReadOnlyList<CatalogLimit>? limits = null) =>
        new(services ?? [], features ?? [], limits ?? []) { Kind = PostKind.Announcement };

    private static CatalogFeature Extracted(string name, ReleaseStatus status, params string[] services) =>
        new(name, status, services, null, name, Curated: false);

    private static CatalogLimit ExtractedLimit(decimal value, decimal normalized, string evidence) =>
        new("nat-gateway", null, "Azure NAT Gateway", "throughput", value, "Gbps", normalized, "bit/s", null, null, evidence, Curated: false);
}
