using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticCatalog.Evaluation;

namespace StaticCatalog.Cli.Commands;

/// <summary>The options of <c>staticcatalog evaluate</c>.</summary>
public sealed class EvaluateSettings : CommandSettings
{
    public const string DefaultSet = "tests/StaticCatalog.Tests/Catalog/LabelledSet/blind-2026-12";
    public const string CorpusVariable = "STATICCATALOG_CORPUS";
    public const string DefaultCorpus = "../shared/corpus";

    [CommandOption("--set <DIR>")]
    [Description("The labelled set: selection.txt and labels/<feed>/<file>.yml.")]
    [DefaultValue(DefaultSet)]
    public string Set { get; init; } = DefaultSet;

    [CommandOption("--identity <FILE>")]
    [Description("The labelled feature-identity pairs (same feature or not, across posts); their scores are printed after the set's when the file is there.")]
    [DefaultValue(IdentityPairReader.DefaultFile)]
    public string Identity { get; init; } = IdentityPairReader.DefaultFile;

    [CommandOption("--corpus <DIR>")]
    [Description("The folder the labelled posts are below (news/, blogs/, ...). Default: $STATICCATALOG_CORPUS, else ../shared/corpus.")]
    public string? Corpus { get; init; }

    [CommandOption("--input <DIR>")]
    [Description("Folder with services.yml.")]
    [DefaultValue("input")]
    public string Input { get; init; } = "input";

    [CommandOption("--half <HALF>")]
    [Description("dev, test or both.")]
    [DefaultValue("both")]
    public string Half { get; init; } = "both";

    [CommandOption("--json <FILE>")]
    [Description("Also write the figures as JSON, for scripts.")]
    public string? Json { get; init; }

    [CommandOption("--min-confidence <CONFIDENCE>")]
    [Description("Score what the pages show at this catalog_min_confidence (0 to 1): lower items hidden, lower statuses unknown. Default: every item, as catalog.json keeps them.")]
    public double? MinConfidence { get; init; }

    [CommandOption("-v|--verbose")]
    [Description("List the dev half's misses and items not in the labels, post by post (never the test half's).")]
    public bool Verbose { get; init; }

    /// <summary>The corpus folder: --corpus, else STATICCATALOG_CORPUS, else ../shared/corpus.</summary>
    public string CorpusFolder => Corpus
        ?? (Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } set ? set : DefaultCorpus);

    /// <summary>The halves --half asks for.</summary>
    public IReadOnlyList<string> Halves => Half == "both" ? LabelledSet.Halves : [Half];

    public override ValidationResult Validate() =>
        !(Half is "both" || LabelledSet.Halves.Contains(Half)) ? ValidationResult.Error($"--half must be dev, test or both, not '{Half}'")
        : MinConfidence is < 0 or > 1 ? ValidationResult.Error($"--min-confidence must be from 0 to 1, not {MinConfidence}")
        : ValidationResult.Success();
}
