namespace StaticCatalog.Evaluation;

/// <summary>One row of a half's table: all posts, one feed, or one labelled post kind.</summary>
/// <param name="Key"><c>all</c>, a feed ("news") or <c>kind:</c> and a kind id ("kind:tutorial").</param>
public sealed record EvaluationRow(string Key, EvaluationCounts Counts)
{
    public const string All = "all";
    public const string KindPrefix = "kind:";
}
