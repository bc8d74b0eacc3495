namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The 404 page: where a lost reader can go from here.</summary>
public sealed record NotFoundView
{
    /// <summary>The site's main pages (home, posts, services, limits, status, tags).</summary>
    public required IReadOnlyList<LinkView> Destinations { get; init; }

    public required IReadOnlyList<PostSummaryView> Latest { get; init; }
}
