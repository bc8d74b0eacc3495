using StaticCatalog.Catalog.Dates;

namespace StaticCatalog.Catalog;

/// <summary>A capability a post announces, with the status the post gives it.</summary>
/// <param name="Name">The feature's name as the post writes it.</param>
/// <param name="Status">The release status the post states.</param>
/// <param name="Services">Slugs of the services it belongs to.</param>
/// <param name="Anchor">The id of the paragraph, list item or heading it came from, or null for the post as a whole.</param>
/// <param name="Evidence">The source sentence as plain text.</param>
/// <param name="Curated">True when written by hand in the post's <c>catalog:</c> block, or accepted or corrected in its review file.</param>
/// <param name="Date">The date of the status when the catalog block gives one; else the post's date applies.</param>
public sealed record CatalogFeature(
    string Name,
    ReleaseStatus Status,
    IReadOnlyList<string> Services,
    string? Anchor,
    string Evidence,
    bool Curated,
    DateTimeOffset? Date = null)
{
    /// <summary>How sure the extractor is that this is a feature the post announces, 0 to 1 (curated: 1).</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>How sure the extractor is of <see cref="Status"/>, 0 to 1 (curated: 1).</summary>
    public double StatusConfidence { get; init; } = 1;

    /// <summary>The version of a package release ("1.2.0-beta.1") in release notes, else null.</summary>
    public string? Version { get; init; }

    /// <summary>
    /// For a planned feature, the date or period its post says it is due ("later this year"); for a retired one,
    /// the date it is retired; else null.
    /// </summary>
    public TargetDate? Target { get; init; }

    /// <summary>What a maintainer decided about it in <c>staticcatalog review</c> (accepted or corrected: it is curated), else null.</summary>
    public Review.ReviewDecisionKind? Review { get; init; }
}
