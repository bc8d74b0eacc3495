using System.Globalization;
using Spectre.Console.Cli;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Evaluation;

namespace StaticCatalog.Cli.Commands;

/// <summary>
/// <c>staticcatalog evaluate</c>: runs the extractor over the labelled set and prints precision and
/// recall per kind. Exit 1 when a figure is below its target.
/// </summary>
public sealed class EvaluateCommand : Command<EvaluateSettings>
{
    public override int Execute(CommandContext context, EvaluateSettings settings, CancellationToken cancellationToken)
    {
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

        if (!File.Exists(settings.Labels) || !Directory.Exists(settings.Posts))
        {
            Console.Error.WriteLine($"{(File.Exists(settings.Labels) ? settings.Posts : settings.Labels)}: error {DiagnosticCodes.Usage}: not found");
            return CliApp.UsageErrors;
        }

        var report = ExtractionEvaluator.Evaluate(LabelledSetReader.Read(settings.Labels), settings.Posts, taxonomy);
        if (settings.Verbose)
        {
            foreach (var mistake in report.Mistakes)
            {
                Console.WriteLine(mistake);
            }

            Console.WriteLine();
        }

        Console.WriteLine(Format(report));
        var failures = EvaluationTargets.Failures(report);
        foreach (var failure in failures)
        {
            Console.WriteLine($"below target: {failure}");
        }

        return failures.Count == 0 ? CliApp.Success : CliApp.InputErrors;
    }

    /// <summary>The scores as a small plain-text table.</summary>
    public static string Format(EvaluationReport report)
    {
        static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
        return string.Join(Environment.NewLine,
            $"labelled posts: {report.Posts}",
            $"kind       precision  recall  found  wrong  missed  target",
            $"services   {F(report.Services.Precision),9}  {F(report.Services.Recall),6}  {report.Services.TruePositives,5}  {report.Services.FalsePositives,5}  {report.Services.FalseNegatives,6}  precision {EvaluationTargets.ServicePrecision:0.00}",
            $"limits     {F(report.Limits.Precision),9}  {F(report.Limits.Recall),6}  {report.Limits.TruePositives,5}  {report.Limits.FalsePositives,5}  {report.Limits.FalseNegatives,6}  precision {EvaluationTargets.LimitPrecision:0.00}, recall {EvaluationTargets.LimitRecall:0.00}",
            $"features   found {report.FeaturesFound} of {report.FeaturesLabelled} labelled (recall {F(report.FeatureRecall)})",
            $"status     accuracy {F(report.StatusAccuracy)} ({report.StatusesRight} of {report.FeaturesFound} found features; target {EvaluationTargets.StatusAccuracy:0.00})");
    }
}
