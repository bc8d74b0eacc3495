using Spectre.Console.Cli;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Evaluation;

namespace StaticCatalog.Cli.Commands;

/// <summary>
/// <c>staticcatalog evaluate</c>: parses and extracts the posts of the blind labelled set with the build's own
/// parser (no site is built) and prints, per half, the labelling guide's figures for all posts, each feed and each
/// labelled post kind; the test half gets the goals and floors beside it. Exit 0 whatever the scores
/// (a Corpus test enforces the floors); 1 for unreadable inputs, 2 for a missing set or corpus.
/// </summary>
public sealed class EvaluateCommand : Command<EvaluateSettings>
{
    public override int Execute(CommandContext context, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        var corpus = settings.CorpusFolder;
        foreach (var (folder, what) in new[] { (settings.Set, "the labelled set"), (corpus, "the corpus (--corpus or STATICCATALOG_CORPUS)") })
        {
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"{folder}: error {DiagnosticCodes.Usage}: {what} is not there");
                return CliApp.UsageErrors;
            }
        }

        var diagnostics = new DiagnosticBag();
        var taxonomy = ServiceTaxonomyLoader.Load(settings.Input, diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            Console.Error.WriteLine(diagnostic);
        }

        if (diagnostics.HasErrors)
        {
            return CliApp.InputErrors;
        }

        LabelledSet set;
        try
        {
            set = LabelledSetReader.Read(settings.Set);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or YamlDotNet.Core.YamlException)
        {
            Console.Error.WriteLine($"error {DiagnosticCodes.Usage}: {ex.Message}");
            return CliApp.InputErrors;
        }

        var shown = settings.MinConfidence is { } minimum ? new StaticCatalog.Site.CatalogVisibility(minimum) : null;
        var report = ExtractionEvaluator.Evaluate(set, corpus, taxonomy, settings.Halves, shown);
        if (shown is not null)
        {
            Console.WriteLine($"scored as the pages show the catalog at catalog_min_confidence {shown.MinConfidence}");
        }

        foreach (var file in report.Missing)
        {
            Console.Error.WriteLine($"{Path.Combine(corpus, file)}: warning: the labelled post is not in the corpus or does not parse; it is not scored");
        }

        foreach (var half in report.Halves)
        {
            if (settings.Verbose && half.Half == LabelledSet.Dev)
            {
                foreach (var mistake in half.Mistakes)
                {
                    Console.WriteLine(mistake);
                }

                Console.WriteLine();
            }

            Console.WriteLine(EvaluationTable.Format(half));
        }

        Console.WriteLine("features P/R: matched over found/labelled; st acc: known statuses matched with that status (missed is wrong); st P: stated statuses that are right;");
        Console.WriteLine("attr: matched features attached to their service and at most three; lim P/R, svc P/R: limits and primary services; kind: post kind accuracy.");
        IReadOnlyList<IdentityReport>? identity = null;
        if (File.Exists(settings.Identity))
        {
            IReadOnlyList<IdentityPair> pairs;
            try
            {
                pairs = IdentityPairReader.Read(settings.Identity);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or YamlDotNet.Core.YamlException)
            {
                Console.Error.WriteLine($"error {DiagnosticCodes.Usage}: {ex.Message}");
                return CliApp.InputErrors;
            }

            Console.WriteLine();
            identity = IdentityEvaluator.Evaluate(pairs, taxonomy, settings.Halves);
            foreach (var half in identity)
            {
                if (settings.Verbose && half.Half == LabelledSet.Dev)
                {
                    half.Mistakes.ToList().ForEach(Console.WriteLine);
                }

                Console.WriteLine(IdentityTable.Format(half));
            }
        }

        if (settings.Json is { } jsonPath)
        {
            File.WriteAllBytes(jsonPath, EvaluationJson.Serialize(report, identity));
        }

        return CliApp.Success;
    }
}
