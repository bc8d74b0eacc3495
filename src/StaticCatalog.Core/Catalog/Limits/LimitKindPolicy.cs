namespace StaticCatalog.Catalog.Limits;

/// <summary>
/// Which figures a post of each kind keeps, by the labelling guide: a tutorial's sample values, an event's dates and
/// venues and a case study's customer outcomes are no limits, but the product specifications they quote are (the dev half
/// labels limits in tutorials: "up to 10 minutes on Consumption", "26+ Azure regions"). A kind not listed keeps every figure.
/// One line per kind: the least specific subject a bare figure may have, and the least specific one a bounded figure
/// ("up to", "maximum", "supports", "+", "per ...") may have; null keeps none.
/// </summary>
public static class LimitKindPolicy
{
    public static IReadOnlyDictionary<PostKind, (SubjectSource? Bare, SubjectSource? Bounded)> ByKind { get; } = new Dictionary<PostKind, (SubjectSource?, SubjectSource?)>
    {
        // A tutorial's own values are the reader's choices; a limit it quotes names its product or states a bound
        // (dropping every tutorial figure loses 5 of the 6 dev-half tutorial limits; this rule loses none).
        [PostKind.Tutorial] = (SubjectSource.Section, SubjectSource.None),
        // An event lists sessions, dates and venues; a product figure it announces is bounded and named.
        [PostKind.Event] = (null, SubjectSource.Lead),
        // A customer story's figures are its outcomes; a platform specification it quotes is bounded and named in its sentence.
        [PostKind.CaseStudy] = (null, SubjectSource.Sentence),
        // A view or survey: only what it names and bounds.
        [PostKind.Opinion] = (SubjectSource.Sentence, SubjectSource.Lead),
    };

    /// <summary>True when a post of <paramref name="kind"/> keeps a figure with this subject source and bound wording.</summary>
    public static bool Keeps(PostKind kind, SubjectSource source, bool bounded)
    {
        if (!ByKind.TryGetValue(kind, out var policy))
        {
            return true;
        }

        var atMost = bounded ? policy.Bounded : policy.Bare;
        return atMost is { } least && source <= least;
    }
}
