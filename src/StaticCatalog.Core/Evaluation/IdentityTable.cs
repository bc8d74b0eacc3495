using System.Globalization;

namespace StaticCatalog.Evaluation;

/// <summary>The lines <c>evaluate</c> prints for the feature-identity pairs of one half.</summary>
public static class IdentityTable
{
    public static string Format(IdentityReport report)
    {
        var what = report.Half == LabelledSet.Test ? "report it, never tune on it" : "tune on it";
        return string.Create(CultureInfo.InvariantCulture,
            $"""
            feature identity, {report.Half} half: {report.Pairs} pairs ({what})
              precision {report.Precision:0.00} (goal {IdentityReport.PrecisionGoal:0.00}), recall {report.Recall:0.00} (goal {IdentityReport.RecallGoal:0.00}): {report.Matched} one feature and matched, {report.Merged} two features merged, {report.Split} one feature kept apart, {report.Apart} two features kept apart
            """);
    }
}
