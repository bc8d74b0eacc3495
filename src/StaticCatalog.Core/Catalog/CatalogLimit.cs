namespace StaticCatalog.Catalog;

/// <summary>A stated capacity or performance figure, normalized to a base unit.</summary>
/// <param name="Service">The service slug it belongs to, or null.</param>
/// <param name="Feature">The name of the feature it belongs to, or null.</param>
/// <param name="Subject">What the figure is about: the feature, else the service, else the section.</param>
/// <param name="Metric">What it measures (throughput, private endpoints per VNet).</param>
/// <param name="Value">The number as stated (10 million is 10000000).</param>
/// <param name="Unit">The unit as shown (Gbps, TB, count).</param>
/// <param name="Normalized">The value in <paramref name="BaseUnit"/>.</param>
/// <param name="BaseUnit">bit/s, packet/s, byte, s, operation/s, token, percent, m, Hz or count.</param>
/// <param name="Qualifier">up to, +, per TCP flow, total across 4 tunnels; null when none.</param>
/// <param name="Anchor">The id of the block it came from, or null for the post as a whole.</param>
/// <param name="Evidence">The source sentence as plain text.</param>
/// <param name="Curated">True when written by hand in the post's <c>catalog:</c> block, or accepted or corrected in its review file.</param>
public sealed record CatalogLimit(
    string? Service,
    string? Feature,
    string Subject,
    string Metric,
    decimal Value,
    string Unit,
    decimal Normalized,
    string BaseUnit,
    string? Qualifier,
    string? Anchor,
    string Evidence,
    bool Curated)
{
    /// <summary>How sure the extractor is that this is a limit of <see cref="Subject"/>, 0 to 1 (curated: 1).</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>The value the sentence says it had before ("raised from 1,000 to 5,000"), else null.</summary>
    public FormerValue? Former { get; init; }

    /// <summary>What a maintainer decided about it in <c>staticcatalog review</c> (accepted or corrected: it is curated), else null.</summary>
    public Review.ReviewDecisionKind? Review { get; init; }
}
