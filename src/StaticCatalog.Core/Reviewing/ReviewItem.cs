using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Review;

namespace StaticCatalog.Reviewing;

/// <summary>
/// One extracted feature or limit of a post as <c>staticcatalog review</c> shows it: an id to decide it by ("f3" is
/// the post's third extracted feature, "l1" its first limit; ids count what the extractor found, so a decision does
/// not move the others), its label, how sure the extractor is, its evidence, and the decision already made on it.
/// </summary>
public sealed record ReviewItem(string Id, ReviewItemKind Kind, string Label, double Confidence, double StatusConfidence, string Evidence, string? Anchor)
{
    /// <summary>The extracted feature, for a feature item.</summary>
    public CatalogFeature? Feature { get; init; }

    /// <summary>The extracted limit, for a limit item.</summary>
    public CatalogLimit? Limit { get; init; }

    /// <summary>The decision the post's review file holds on it, or null.</summary>
    public ReviewDecision? Decision { get; init; }

    /// <summary>What the site's consistency report says about it (<c>review --site</c>), else empty.</summary>
    public IReadOnlyList<ReportFlag> Flags { get; init; } = [];

    /// <summary>True when written in the post's own <c>catalog:</c> block: already curated, nothing to review.</summary>
    public bool Curated => Feature?.Curated ?? Limit?.Curated ?? false;

    /// <summary>The least of the item's confidences: for a feature, that it is one and of its status.</summary>
    public double LeastConfidence => Math.Min(Confidence, StatusConfidence);

    /// <summary>True when it waits for a decision at <paramref name="below"/>: not curated, not decided, and less sure than that or flagged by the report.</summary>
    public bool NeedsReview(double below) => !Curated && Decision is null && (LeastConfidence < below || Flags.Count > 0);
}
