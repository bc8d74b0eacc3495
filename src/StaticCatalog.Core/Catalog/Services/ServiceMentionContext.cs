namespace StaticCatalog.Catalog.Services;

/// <summary>Where one service mention is, as the rules of <see cref="ServiceMentionRules"/> read it.</summary>
/// <param name="Mention">The service and its position in <paramref name="Text"/>.</param>
/// <param name="Text">The text the mention is in: the title, or a passage's text.</param>
/// <param name="Passage">The passage, or null for the title.</param>
/// <param name="IsOpening">True for the post's opening paragraphs (before its first section).</param>
/// <param name="InLead">True when the mention is inside the passage's bold lead.</param>
/// <param name="InLinkText">True when the mention is inside a link's text.</param>
/// <param name="ServicesInPassage">How many different services the passage names.</param>
/// <param name="ChainIndex">Where the list of names the mention ends starts ("using Azure Monitor, Log Analytics and Microsoft Sentinel": for Sentinel, Azure Monitor's index), else the mention's own index.</param>
public sealed record ServiceMentionContext(
    ServiceMention Mention,
    string Text,
    Passage? Passage,
    bool IsOpening,
    bool InLead,
    bool InLinkText,
    int ServicesInPassage,
    int ChainIndex)
{
    public bool IsTitle => Passage is null;

    /// <summary>The words before the mention, or before the list of names it ends, in its text: where a cue such as "using" is.</summary>
    public string Before { get; } = Text[..ChainIndex];

    /// <summary>The words after the mention in its text.</summary>
    public string After { get; } = Text[(Mention.Index + Mention.Length)..];
}
