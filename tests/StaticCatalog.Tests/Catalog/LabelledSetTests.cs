using StaticCatalog.Cli.Commands;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Evaluation;
using Xunit.Abstractions;

namespace StaticCatalog.Tests.Catalog;

/// <summary>
/// The extractor against the hand-labelled posts in <c>LabelledSet/labels.yml</c> (labelled before tuning;
/// never edit a label to make this pass). Fails when a figure drops below its target.
/// </summary>
[Trait("Category", "Corpus")]
public sealed class LabelledSetTests
{
    private readonly ITestOutputHelper _output;

    public LabelledSetTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static string LabelsPath => Path.Combine(RepoPaths.Root, "tests", "StaticCatalog.Tests", "Catalog", "LabelledSet", "labels.yml");

    [CorpusFact]
    public void The_extractor_meets_its_targets_on_the_labelled_set()
    {
        var labels = LabelledSetReader.Read(LabelsPath);
        var taxonomy = ServiceTaxonomyLoader.Load(RepoPaths.Input, new DiagnosticBag());

        var report = ExtractionEvaluator.Evaluate(labels, RepoPaths.Corpus, taxonomy);

        _output.WriteLine(EvaluateCommand.Format(report));
        Assert.True(labels.Count >= 25, $"the labelled set has {labels.Count} posts; it needs at least 25");
        Assert.Empty(EvaluationTargets.Failures(report));
    }

    [CorpusFact]
    public void The_labels_name_only_known_services_and_existing_posts()
    {
        var labels = LabelledSetReader.Read(LabelsPath);
        var taxonomy = ServiceTaxonomyLoader.Load(RepoPaths.Input, new DiagnosticBag());

        Assert.All(labels, post => Assert.True(File.Exists(Path.Combine(RepoPaths.Corpus, post.File)), post.File));
        Assert.All(labels.SelectMany(p => p.Services), slug => Assert.NotNull(taxonomy.Find(slug)));
        Assert.True(labels.Sum(p => p.Limits.Count) >= 25);
    }

    [CorpusFact]
    public void A_wrong_extraction_lowers_the_scores()
    {
        // The scorer itself must be able to fail: a label set that expects a figure the post does not state.
        var label = new LabelledPost("2025-12-01-Azure-Networking-Latest-Updates-for-Security-Reliability-and-AIML-Workloads.md", ["nat-gateway"], [],
            [new LabelledLimit("999 Gbps", 999_000_000_000m, "bit/s")]);
        var taxonomy = ServiceTaxonomyLoader.Load(RepoPaths.Input, new DiagnosticBag());

        var report = ExtractionEvaluator.Evaluate([label], RepoPaths.Corpus, taxonomy);

        Assert.Equal(0, report.Limits.Recall);
        Assert.Equal(0, report.Limits.Precision);
        Assert.True(report.Services.Precision < 0.5);
        Assert.NotEmpty(EvaluationTargets.Failures(report));
    }
}
