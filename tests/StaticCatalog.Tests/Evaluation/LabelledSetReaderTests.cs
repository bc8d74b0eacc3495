using StaticCatalog.Catalog;
using StaticCatalog.Evaluation;

namespace StaticCatalog.Tests.Evaluation;

/// <summary>Reading a blind labelled set (selection.txt and one YAML file per post) and scoring it with the build's parser.</summary>
[Trait("Category", "Unit")]
public sealed class LabelledSetReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Posts_come_in_selection_order_with_their_half_and_the_guides_fields()
    {
        WriteSet();

        var set = LabelledSetReader.Read(_folder.Combine("set"));

        Assert.Equal(["news/2026-01-02-NAT-Gateway-V2.md", "blogs/2026-01-03-Notes.md"], set.Posts.Select(p => p.File));
        Assert.Equal(["dev", "test"], set.Posts.Select(p => p.Half));
        var post = set.Posts[0];
        Assert.Equal(("announcement", "news"), (post.Kind, post.Feed));
        Assert.Equal(["Azure NAT Gateway"], post.Services);
        Assert.Equal(new LabelledFeature("NAT Gateway V2", "Azure NAT Gateway", ReleaseStatus.Ga, "NAT Gateway V2 is now generally available"), post.Features[0]);
        Assert.Equal(ReleaseStatus.Unknown, post.Features[1].Status);
        Assert.Equal([(100_000_000_000d, false), (50d, true)], post.Limits.Select(l => (l.Value, l.Optional)));
        Assert.Empty(set.Posts[1].Features);
        Assert.Null(set.Posts[1].Kind);
    }

    [Fact]
    public void An_unknown_status_names_the_file_line_and_column()
    {
        WriteSet();
        _folder.Write("set/labels/blogs/2026-01-03-Notes.md.yml", "kind: other\nfeatures:\n  - name: X\n    status: shipped\n");

        var error = Assert.Throws<InvalidDataException>(() => LabelledSetReader.Read(_folder.Combine("set")));

        Assert.Contains("2026-01-03-Notes.md.yml(3,5): unknown status 'shipped'", error.Message);
    }

    [Fact]
    public void The_evaluator_parses_each_post_as_a_build_does_and_counts_a_missing_one()
    {
        WriteSet();
        _folder.Write("corpus/news/2026-01-02-NAT-Gateway-V2.md",
            "---\ntitle: NAT Gateway V2 is now generally available\ndate: 2026-01-02\n---\n\nNAT Gateway V2 is now generally available. It supports up to 100 Gbps of throughput.\n");
        var taxonomy = new ServiceTaxonomy(["Networking"], [new Service("nat-gateway", "Azure NAT Gateway", "Networking", ["NAT Gateway"], [], null)]);

        var report = ExtractionEvaluator.Evaluate(LabelledSetReader.Read(_folder.Combine("set")), _folder.Combine("corpus"), taxonomy, LabelledSet.Halves);

        Assert.Equal(["blogs/2026-01-03-Notes.md"], report.Missing);
        var dev = report.Half("dev")!;
        Assert.Equal(["all", "news", "kind:announcement"], dev.Rows.Select(r => r.Key));
        Assert.Equal((1, 0, 2), (dev.All.Posts, dev.All.MissingPosts, dev.All.FeaturesLabelled));
        Assert.True(dev.All.FeatureMatches >= 1, EvaluationTable.Format(dev));
        Assert.Equal(1, report.Half("test")!.All.MissingPosts);
        Assert.Contains("  floor", EvaluationTable.Format(report.Half("test")!));
        Assert.DoesNotContain("floor", EvaluationTable.Format(dev));
    }

    private void WriteSet()
    {
        _folder.Write("set/selection.txt", "news/2026-01-02-NAT-Gateway-V2.md news dev\nblogs/2026-01-03-Notes.md 1 test\n");
        _folder.Write("set/labels/news/2026-01-02-NAT-Gateway-V2.md.yml", """
            file: news/2026-01-02-NAT-Gateway-V2.md
            kind: announcement
            services: [Azure NAT Gateway]
            features:
              - name: NAT Gateway V2
                service: Azure NAT Gateway
                status: ga
                evidence: "NAT Gateway V2 is now generally available"
              - name: NAT Gateway flow logs
                service: Azure NAT Gateway
            limits:
              - subject: NAT Gateway V2
                metric: throughput
                value: 100000000000
                unit: bit/s
                evidence: "up to 100 Gbps of throughput"
                optional: false
              - subject: NAT Gateway V2
                value: 50
                unit: Gbps
                evidence: "previously 50 Gbps"
                optional: true
            """);
        _folder.Write("set/labels/blogs/2026-01-03-Notes.md.yml", "file: blogs/2026-01-03-Notes.md\nservices: []\nfeatures: []\nlimits: []\n");
    }
}
