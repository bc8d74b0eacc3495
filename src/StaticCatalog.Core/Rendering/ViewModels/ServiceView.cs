namespace StaticCatalog.Rendering.ViewModels;

/// <summary>One service's page: features by status, limits, a timeline of its posts and related tags.</summary>
public sealed record ServiceView
{
    public required string Name { get; init; }
    public required string Slug { get; init; }
    public required string Category { get; init; }
    public required IReadOnlyList<string> Aliases { get; init; }
    public string? DocsUrl { get; init; }
    public required int FeatureCount { get; init; }
    public required IReadOnlyList<FeatureGroupView> FeatureGroups { get; init; }
    /// <summary>Its limits, or as many as fit the page; <see cref="AllLimits"/> links to the rest when some are left out.</summary>
    public required IReadOnlyList<LimitView> Limits { get; init; }

    /// <summary>How many limits the service has in all.</summary>
    public required int LimitCount { get; init; }

    /// <summary>The limits index page where the first limit left out of <see cref="Limits"/> is; null when none is.</summary>
    public LinkView? AllLimits { get; init; }
    /// <summary>The newest posts about the service (it is a primary service of theirs); <see cref="AllPosts"/> links to all of them when there are more.</summary>
    public required IReadOnlyList<PostSummaryView> Posts { get; init; }

    public LinkView? AllPosts { get; init; }

    /// <summary>The newest posts that name the service without being about it, as many as the page shows.</summary>
    public IReadOnlyList<LinkView> MentionedIn { get; init; } = [];

    /// <summary>How many posts name the service without being about it.</summary>
    public int MentionedCount { get; init; }

    /// <summary>How many of those <see cref="MentionedIn"/> leaves out.</summary>
    public int MentionedLeft => MentionedCount - MentionedIn.Count;

    /// <summary>How many posts are about the service (<see cref="Posts"/> may show fewer).</summary>
    public int PostCount { get; init; }
    public required IReadOnlyList<LinkView> RelatedTags { get; init; }
    public required LinkView Index { get; init; }
}
