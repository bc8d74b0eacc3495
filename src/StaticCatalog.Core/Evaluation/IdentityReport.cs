namespace StaticCatalog.Evaluation;

/// <summary>How the feature-identity match does on one half of the labelled pairs.</summary>
/// <param name="Half"><c>dev</c> or <c>test</c>.</param>
/// <param name="Matched">Pairs the match calls one feature that are one (true positives).</param>
/// <param name="Merged">Pairs it calls one feature that are two: what a reader would be misled by.</param>
/// <param name="Split">Pairs that are one feature it keeps apart.</param>
/// <param name="Apart">Pairs that are two features it keeps apart.</param>
/// <param name="Mistakes">Each merged and split pair, for the dev half.</param>
public sealed record IdentityReport(string Half, int Matched, int Merged, int Split, int Apart, IReadOnlyList<string> Mistakes)
{
    public const double PrecisionGoal = 0.95;
    public const double RecallGoal = 0.80;

    public int Pairs => Matched + Merged + Split + Apart;

    /// <summary>Of the pairs called one feature, the share that are; 1 when none is.</summary>
    public double Precision => Matched + Merged == 0 ? 1 : (double)Matched / (Matched + Merged);

    /// <summary>Of the pairs that are one feature, the share called one.</summary>
    public double Recall => Matched + Split == 0 ? 0 : (double)Matched / (Matched + Split);
}
