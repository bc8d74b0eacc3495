namespace StaticCatalog.Evaluation;

/// <summary>The scores the extractor must reach on the labelled set (issue 3); the test and <c>staticcatalog evaluate</c> use them.</summary>
public static class EvaluationTargets
{
    public const double LimitPrecision = 0.90;
    public const double LimitRecall = 0.80;
    public const double StatusAccuracy = 0.90;
    public const double ServicePrecision = 0.95;

    /// <summary>The figures below their target, as "name value &lt; target" lines.</summary>
    public static IReadOnlyList<string> Failures(EvaluationReport report)
    {
        var failures = new List<string>();
        void Check(string name, double value, double target)
        {
            if (value < target)
            {
                failures.Add($"{name} {value:0.000} < {target:0.00}");
            }
        }

        Check("limit precision", report.Limits.Precision, LimitPrecision);
        Check("limit recall", report.Limits.Recall, LimitRecall);
        Check("status accuracy", report.StatusAccuracy, StatusAccuracy);
        Check("service precision", report.Services.Precision, ServicePrecision);
        return failures;
    }
}
