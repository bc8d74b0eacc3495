namespace StaticCatalog.Catalog.Features;

/// <summary>One announcement of a roundup, read from its own block.</summary>
/// <param name="Name">The product or feature name, cleaned of status words without damaging brackets or versions.</param>
/// <param name="Status">The status the item's own text states, else a status heading above it, else unknown.</param>
/// <param name="Services">The products the item's own name, text or section names (at most three).</param>
/// <param name="Block">The passage the item's anchor goes on: its list item, paragraph or heading.</param>
/// <param name="Evidence">The item's sentence: the one holding its status cue, else its first.</param>
/// <param name="Shape">How the item is written.</param>
/// <param name="Confidence">How sure the finder is that the item is a product change (from its shape), 0 to 1.</param>
/// <param name="StatusConfidence">How sure the finder is of <paramref name="Status"/>, 0 to 1.</param>
public sealed record RoundupItem(
    string Name,
    ReleaseStatus Status,
    IReadOnlyList<string> Services,
    Passage Block,
    string Evidence,
    RoundupItemShape Shape,
    double Confidence,
    double StatusConfidence);
