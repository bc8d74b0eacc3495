namespace StaticCatalog.Catalog.Review;

/// <summary>How a decision is written: in a review file and on the command line ("accept"), and as done ("accepted").</summary>
public static class ReviewDecisionNames
{
    public static string Id(ReviewDecisionKind decision) => decision switch
    {
        ReviewDecisionKind.Accept => "accept",
        ReviewDecisionKind.Correct => "correct",
        _ => "reject",
    };

    public static string Done(ReviewDecisionKind decision) => decision switch
    {
        ReviewDecisionKind.Accept => "accepted",
        ReviewDecisionKind.Correct => "corrected",
        _ => "rejected",
    };

    public static bool TryParse(string? text, out ReviewDecisionKind decision)
    {
        foreach (var kind in Enum.GetValues<ReviewDecisionKind>())
        {
            if (string.Equals(text, Id(kind), StringComparison.Ordinal))
            {
                decision = kind;
                return true;
            }
        }

        decision = default;
        return false;
    }
}
