namespace StaticCatalog.Rendering.ViewModels;

/// <summary>
/// The index of every tag, section or feed with its post count. A long index (a corpus has thousands of
/// tags) is split: the main page shows the largest terms and links to one page per initial letter.
/// </summary>
public sealed record TermIndexView
{
    public required string Kind { get; init; }
    public required string Heading { get; init; }

    /// <summary>How many terms of this kind the site has in all.</summary>
    public required int TotalTerms { get; init; }

    /// <summary>The terms on this page, sorted by name (or by size on the main page of a split index).</summary>
    public required IReadOnlyList<LinkView> Terms { get; init; }

    /// <summary>One link per initial letter when the index is split; empty otherwise.</summary>
    public IReadOnlyList<LinkView> Letters { get; init; } = [];

    /// <summary>True when <see cref="Terms"/> is a selection (the largest ones), not a full list.</summary>
    public bool IsSelection { get; init; }

    public PagerView? Pager { get; init; }
}
