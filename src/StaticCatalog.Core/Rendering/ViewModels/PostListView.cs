namespace StaticCatalog.Rendering.ViewModels;

/// <summary>One page of a tag, section, feed or the archive.</summary>
public sealed record PostListView
{
    /// <summary>tag, section, feed or archive.</summary>
    public required string Kind { get; init; }
    public required string Heading { get; init; }
    public required int TotalPosts { get; init; }
    public required IReadOnlyList<PostSummaryView> Posts { get; init; }
    public required PagerView Pager { get; init; }

    /// <summary>The index of all terms of this kind (<c>/tags/</c>), for a link back.</summary>
    public LinkView? Index { get; init; }

    /// <summary>Whether the entries show the posts' excerpts (not on tag pages unless <c>tag_page_excerpts</c>).</summary>
    public bool Excerpts { get; init; } = true;

    /// <summary>On a tag's pages: the services its posts name, with how many of its posts name each.</summary>
    public IReadOnlyList<LinkView> Services { get; init; } = [];
}
