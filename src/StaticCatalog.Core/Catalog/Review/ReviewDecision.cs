namespace StaticCatalog.Catalog.Review;

/// <summary>
/// One decision of a post's review file: the extracted item it was made on, named by its <see cref="ReviewLabels"/>
/// label (not by its position, so the decision still finds its item when the post or the extractor changes), and,
/// for an accepted or corrected item, the item as the maintainer wants it shown.
/// </summary>
/// <param name="Kind">A feature or a limit.</param>
/// <param name="Item">The label of the extracted item the decision is about ("NAT Gateway V2"; "100 Gbps throughput of NAT Gateway V2").</param>
/// <param name="Decision">Accept, correct or reject.</param>
/// <param name="Feature">For an accepted or corrected feature, the feature to show; else null.</param>
/// <param name="Limit">For an accepted or corrected limit, the limit to show; else null.</param>
public sealed record ReviewDecision(ReviewItemKind Kind, string Item, ReviewDecisionKind Decision, CatalogFeature? Feature = null, CatalogLimit? Limit = null)
{
    /// <summary>1-based line of the decision in its review file (0 when it was not read from one).</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the decision in its review file (0 when it was not read from one).</summary>
    public int Column { get; init; }

    /// <summary>True when this decision is about the item with <paramref name="label"/>.</summary>
    public bool IsAbout(ReviewItemKind kind, string label) => Kind == kind && ReviewLabels.Same(Item, label);
}
