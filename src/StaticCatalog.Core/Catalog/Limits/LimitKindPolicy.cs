namespace StaticCatalog.Catalog.Limits;

/// <summary>
/// Which figures a post of each kind keeps, by the labelling guide: a tutorial's sample values, an event's dates and
/// venues and a case study's customer outcomes are no limits, but the product specifications they quote are (the dev half
/// labels 16 limits in tutorials). A kind not listed keeps every figure. One line per kind.
/// </summary>
public static class LimitKindPolicy
{
    /// <summary>Per kind: whether a kept figure needs an explicit bound, and the least specific subject source it may have.</summary>
    public static IReadOnlyDictionary<PostKind, (bool NeedsBound, SubjectSource AtMost)> ByKind { get; } = new Dictionary<PostKind, (bool, SubjectSource)>
    {
        // A tutorial's own values are the reader's choices; a limit it quotes names its product.
        [PostKind.Tutorial] = (false, SubjectSource.Lead),
        // An event lists sessions, dates and venues; a product figure it announces is bounded and named.
        [PostKind.Event] = (true, SubjectSource.Lead),
        // A customer story's figures are its outcomes; a platform specification it quotes is bounded and named.
        [PostKind.CaseStudy] = (true, SubjectSource.Sentence),
        [PostKind.Opinion] = (true, SubjectSource.Lead),
    };

    /// <summary>True when a post of <paramref name="kind"/> keeps a figure with this subject source and bound wording.</summary>
    public static bool Keeps(PostKind kind, SubjectSource source, bool bound) =>
        !ByKind.TryGetValue(kind, out var policy) || ((bound || !policy.NeedsBound) && source <= policy.AtMost);
}
