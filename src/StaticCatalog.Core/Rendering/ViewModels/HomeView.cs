namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The home page: newest posts and the largest groupings.</summary>
public sealed record HomeView
{
    public required IReadOnlyList<PostSummaryView> Latest { get; init; }
    public required IReadOnlyList<LinkView> TopTags { get; init; }
    public required IReadOnlyList<LinkView> Sections { get; init; }
    public required IReadOnlyList<LinkView> Feeds { get; init; }
    public required int TagCount { get; init; }
    public required LinkView AllPosts { get; init; }
    public required LinkView AllTags { get; init; }
    public required LinkView AllSections { get; init; }
    public required LinkView AllFeeds { get; init; }

    /// <summary>The post kinds that have posts, each with its count, linking to its list (<c>/kinds/tutorial/</c>).</summary>
    public IReadOnlyList<LinkView> Kinds { get; init; } = [];
}
