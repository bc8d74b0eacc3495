using Markdig.Syntax;

namespace StaticCatalog.Catalog;

/// <summary>
/// One block of a post's body as the extractor reads it: a paragraph, a list item (without its
/// nested lists), a heading or a table row. Used only while one post is extracted: it points at
/// the Markdig block so the block can be given an anchor before the body is rendered.
/// </summary>
/// <param name="Block">The block that gets the anchor.</param>
/// <param name="Kind">What kind of block it is.</param>
/// <param name="Text">The plain text (link text included; URLs and code blocks left out).</param>
/// <param name="Lead">Bold text that leads the block ("**Private Link Direct Connect**: ..."), or null.</param>
/// <param name="LinkWords">The words of its links' last URL segments ("announcing-the-public-preview-of-x"), where status words also count.</param>
/// <param name="Section">The heading above it, or null.</param>
public sealed record Passage(
    Block Block,
    PassageKind Kind,
    string Text,
    string? Lead,
    string LinkWords,
    Passage? Section)
{
    /// <summary>The heading level, or 0 when the passage is not a heading.</summary>
    public int Level => Block is HeadingBlock heading ? heading.Level : 0;

    /// <summary>True when the block is nothing but links ("- [Provisioning – Network 1.0.0](https://...)"): a link label, not a statement.</summary>
    public bool IsLinkOnly { get; init; }
}
