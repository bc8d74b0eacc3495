namespace StaticCatalog.Catalog.Features;

/// <summary>
/// How sure the extractor is of a feature and of its status, by what it was found from. One row per
/// <see cref="FeatureEvidence"/>; the pages hide items below 0.5, <c>catalog.json</c> keeps them all.
/// A status cue in the feature's own sentence or passage is strong evidence; a status inherited from a
/// heading or found only in a URL is weaker; a name from a heading with no cue is weak.
/// Pinned by <c>FeatureConfidenceTests</c>.
/// </summary>
public static class FeatureConfidence
{
    /// <summary>(evidence, feature confidence, status confidence).</summary>
    public static readonly IReadOnlyList<(FeatureEvidence Evidence, double Feature, double Status)> Table =
    [
        (FeatureEvidence.AnnouncedInSentence, 0.90, 0.90),
        (FeatureEvidence.TitleWithCue, 0.85, 0.80),
        (FeatureEvidence.PackageRelease, 0.85, 0.80),
        (FeatureEvidence.LeadWithOwnCue, 0.80, 0.80),
        (FeatureEvidence.HeadingWithNextCue, 0.70, 0.65),
        (FeatureEvidence.ListedUnderStatusHeading, 0.70, 0.65),
        (FeatureEvidence.LeadUnderStatusHeading, 0.60, 0.55),
        (FeatureEvidence.LeadWithLinkCue, 0.60, 0.45),
        (FeatureEvidence.TitleProductStatedInBody, 0.70, 0.65),
        (FeatureEvidence.TitleProduct, 0.55, 0.50),
        (FeatureEvidence.NewInCuedPassage, 0.55, 0.50),
        (FeatureEvidence.LeadNamingService, 0.35, 0.30),
    ];

    /// <summary>How much less sure the status is when a feature has none stated ("unknown" is a guess too).</summary>
    public const double UnknownStatus = 0.5;

    private static readonly Dictionary<FeatureEvidence, (double Feature, double Status)> ByEvidence =
        Table.ToDictionary(row => row.Evidence, row => (row.Feature, row.Status));

    /// <summary>The feature's and its status's confidence for a piece of evidence; an unknown status gets <see cref="UnknownStatus"/> at most.</summary>
    public static (double Feature, double Status) For(FeatureEvidence evidence, ReleaseStatus status)
    {
        var (feature, statusConfidence) = ByEvidence[evidence];
        return (feature, status == ReleaseStatus.Unknown ? Math.Min(statusConfidence, UnknownStatus) : statusConfidence);
    }
}
