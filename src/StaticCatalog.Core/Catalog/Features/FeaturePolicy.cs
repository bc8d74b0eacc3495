namespace StaticCatalog.Catalog.Features;

/// <summary>
/// Which evidence a post kind keeps. An announcement's or other post's descriptive bullets inherit no status from
/// the title (the product is the feature); a status heading's items count. Tutorials, opinion, case studies and
/// video summaries keep only features whose own words state a status: their headings are steps, outcomes and
/// chapters (a video summary also keeps the product its title names when a sentence of its opening that names it states a status:
/// such a video announces it); an event keeps only what a sentence announces (its "upcoming" headings are sessions and venues). Release notes add package releases. One line per kind.
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
        [PostKind.Announcement] = Announced.Append(FeatureEvidence.TitleProduct).Append(FeatureEvidence.TitleProductStatedInBody).ToHashSet(),
        [PostKind.Other] = Announced.ToHashSet(),
        [PostKind.Roundup] = Announced.ToHashSet(),
        [PostKind.ReleaseNotes] = Announced.Append(FeatureEvidence.PackageRelease).ToHashSet(),
        [PostKind.Tutorial] = Stated.ToHashSet(),
        [PostKind.Opinion] = Stated.ToHashSet(),
        [PostKind.CaseStudy] = Stated.ToHashSet(),
        [PostKind.Event] = new HashSet<FeatureEvidence> { FeatureEvidence.AnnouncedInSentence },
        [PostKind.VideoSummary] = Stated.Append(FeatureEvidence.TitleProductStatedInBody).ToHashSet(),
    };

    /// <summary>True when a post of this kind keeps a feature found from this evidence.</summary>
    public static bool Keeps(PostKind kind, FeatureEvidence evidence) =>
        ByKind.TryGetValue(kind, out var kept) && kept.Contains(evidence);
}
