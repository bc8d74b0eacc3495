namespace StaticCatalog.Catalog.Features;

/// <summary>
/// Which evidence a post kind keeps. An announcement's or other post's descriptive bullets inherit no status from
/// the title (the product is the feature); a status heading's items count. Tutorials, opinion, case studies,
/// events and video summaries keep only features whose own words state a status: their headings are steps,
/// outcomes, agenda items, venues and chapters. Release notes add package releases. One line per kind.
/// </summary>
public static class FeaturePolicy
{
    private static readonly FeatureEvidence[] Stated =
    [
        FeatureEvidence.AnnouncedInSentence, FeatureEvidence.TitleWithCue, FeatureEvidence.LeadWithOwnCue,
    ];

    private static readonly FeatureEvidence[] Announced =
    [
        .. Stated, FeatureEvidence.HeadingWithNextCue, FeatureEvidence.LeadWithLinkCue, FeatureEvidence.ListedUnderStatusHeading,
        FeatureEvidence.LeadUnderStatusHeading, FeatureEvidence.NewInCuedPassage,
    ];

    public static readonly IReadOnlyDictionary<PostKind, IReadOnlySet<FeatureEvidence>> ByKind = new Dictionary<PostKind, IReadOnlySet<FeatureEvidence>>
    {
        [PostKind.Announcement] = Announced.ToHashSet(),
        [PostKind.Other] = Announced.ToHashSet(),
        [PostKind.Roundup] = Announced.ToHashSet(),
        [PostKind.ReleaseNotes] = Announced.Append(FeatureEvidence.PackageRelease).ToHashSet(),
        [PostKind.Tutorial] = Stated.ToHashSet(),
        [PostKind.Opinion] = Stated.ToHashSet(),
        [PostKind.CaseStudy] = Stated.ToHashSet(),
        [PostKind.Event] = Stated.ToHashSet(),
        [PostKind.VideoSummary] = Stated.ToHashSet(),
    };

    /// <summary>True when a post of this kind keeps a feature found from this evidence.</summary>
    public static bool Keeps(PostKind kind, FeatureEvidence evidence) =>
        ByKind.TryGetValue(kind, out var kept) && kept.Contains(evidence);
}
