using System.Text.Json;

namespace StaticCatalog.Tests.Cli;

/// <summary><c>staticcatalog evaluate</c> as a user meets it, on a two-post labelled set in a temp folder.</summary>
[Trait("Category", "Program")]
public sealed class EvaluateCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public EvaluateCliTests()
    {
        _folder.Write("set/selection.txt", "news/2026-01-02-NAT-Gateway-V2.md news dev\nnews/2026-01-03-Other.md news test\n");
        _folder.Write("set/labels/news/2026-01-02-NAT-Gateway-V2.md.yml",
            "kind: announcement\nservices: [Azure NAT Gateway]\nfeatures:\n  - name: NAT Gateway V2\n    service: Azure NAT Gateway\n    status: ga\nlimits: []\n");
        _folder.Write("set/labels/news/2026-01-03-Other.md.yml", "kind: other\nservices: []\nfeatures: []\nlimits: []\n");
        _folder.Write("corpus/news/2026-01-02-NAT-Gateway-V2.md", "---\ntitle: NAT Gateway V2 is now generally available\ndate: 2026-01-02\n---\n\nAzure NAT Gateway V2 is now generally available.\n");
        _folder.Write("corpus/news/2026-01-03-Other.md", "---\ntitle: Notes\ndate: 2026-01-03\n---\n\nSome notes.\n");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Both_halves_are_printed_with_the_goals_and_floors_beside_the_test_half_and_written_as_json()
    {
        var run = CliRunner.Start(_folder.Path, "evaluate", "--set", "set", "--corpus", "corpus", "--input", RepoPaths.Input, "--json", "scores.json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("dev half: 1 posts (tune on it)", run.Out);
        Assert.Contains("test half: 1 posts (report it, never tune on it)", run.Out);
        Assert.Matches(@"\n  goal +0\.85 +0\.75 ", run.Out);
        Assert.Matches(@"\nkind:announcement +1 ", run.Out);
        using var json = JsonDocument.Parse(File.ReadAllText(_folder.Combine("scores.json")));
        var all = json.RootElement.GetProperty("halves").GetProperty("dev").GetProperty("all");
        Assert.Equal(1, all.GetProperty("features_labelled").GetInt32());
        Assert.Equal(0.85, json.RootElement.GetProperty("targets").GetProperty("features_precision").GetProperty("goal").GetDouble());
    }

    [Fact]
    public void The_identity_pairs_scores_are_in_the_json_per_half_with_their_goals()
    {
        var pairs = Path.Combine(RepoPaths.Root, "tests", "StaticCatalog.Tests", "Catalog", "LabelledSet", "feature-identity", "pairs.yml");
        var run = CliRunner.Start(_folder.Path, "evaluate", "--set", "set", "--corpus", "corpus", "--input", RepoPaths.Input, "--identity", pairs, "--json", "scores.json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(File.ReadAllText(_folder.Combine("scores.json")));
        var identity = json.RootElement.GetProperty("identity");
        foreach (var half in new[] { "dev", "test" })
        {
            var figures = identity.GetProperty(half);
            var matched = figures.GetProperty("matched").GetInt32();
            Assert.Equal(81, figures.GetProperty("pairs").GetInt32());
            Assert.Equal(81, matched + figures.GetProperty("merged").GetInt32() + figures.GetProperty("split").GetInt32() + figures.GetProperty("apart").GetInt32());
            Assert.Equal(Math.Round((double)matched / (matched + figures.GetProperty("split").GetInt32()), 4), figures.GetProperty("recall").GetDouble());
            Assert.Contains($"{half} half", run.Out);
        }

        Assert.Equal(0.80, identity.GetProperty("goals").GetProperty("recall").GetDouble());
    }

    [Fact]
    public void One_half_can_be_asked_for_and_a_bad_half_or_a_missing_corpus_is_a_usage_error()
    {
        var dev = CliRunner.Start(_folder.Path, "evaluate", "--set", "set", "--corpus", "corpus", "--input", RepoPaths.Input, "--half", "dev");

        Assert.Equal(0, dev.ExitCode);
        Assert.DoesNotContain("test half", dev.Out);
        Assert.Equal(2, CliRunner.Start(_folder.Path, "evaluate", "--set", "set", "--corpus", "corpus", "--half", "tests").ExitCode);
        var missing = CliRunner.Start(_folder.Path, "evaluate", "--set", "set", "--corpus", "nowhere");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nowhere: error SC", missing.Error);
    }
}
