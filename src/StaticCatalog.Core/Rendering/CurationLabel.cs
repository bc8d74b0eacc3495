using StaticCatalog.Catalog.Review;

namespace StaticCatalog.Rendering;

/// <summary>What the pages call a curated item, and the note its label carries: written in the post's catalog block, or accepted or corrected in review.</summary>
public static class CurationLabel
{
    public static string Label(ReviewDecisionKind? review) => Json(review) ?? "curated";

    public static string Note(ReviewDecisionKind? review) => review switch
    {
        ReviewDecisionKind.Accept => "Checked and accepted by a maintainer (staticcatalog review)",
        ReviewDecisionKind.Correct => "Corrected by a maintainer (staticcatalog review)",
        _ => "Written by hand in the post's catalog block",
    };

    /// <summary>The value of <c>review</c> in catalog.json: "accepted", "corrected", or null.</summary>
    public static string? Json(ReviewDecisionKind? review) =>
        review is ReviewDecisionKind.Accept or ReviewDecisionKind.Correct ? ReviewDecisionNames.Done(review.Value) : null;
}
