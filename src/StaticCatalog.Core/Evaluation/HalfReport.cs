namespace StaticCatalog.Evaluation;

/// <summary>The scores of one half of the labelled set.</summary>
/// <param name="Half"><c>dev</c> or <c>test</c>.</param>
/// <param name="Rows">All posts first, then each feed, then each labelled post kind.</param>
/// <param name="Mistakes">Per post, each miss and each item not in the labels (printed for the dev half only).</param>
public sealed record HalfReport(string Half, IReadOnlyList<EvaluationRow> Rows, IReadOnlyList<string> Mistakes)
{
    public EvaluationCounts All => Rows[0].Counts;
}
