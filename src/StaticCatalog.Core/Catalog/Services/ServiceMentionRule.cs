namespace StaticCatalog.Catalog.Services;

/// <summary>One row of <see cref="ServiceMentionRules"/>: where a mention is, and how much it counts towards making the service primary.</summary>
/// <param name="Where">What the rule looks for, as a reader would say it ("a link list").</param>
/// <param name="Applies">True when the mention is where the rule says.</param>
/// <param name="Points">What the mention adds to its service: <see cref="ServiceMentionRules.PrimaryPoints"/> makes it primary alone, 0 leaves it mentioned only.</param>
public sealed record ServiceMentionRule(string Where, Func<ServiceMentionContext, bool> Applies, int Points)
{
    public bool IsMentionOnly => Points == 0;

    /// <summary>True for the places that name what the text below them is about: the title, a heading, a bold lead.</summary>
    public bool IsHeadline { get; init; }
}
