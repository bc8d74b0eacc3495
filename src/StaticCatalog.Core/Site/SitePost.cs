using StaticCatalog.Posts;

namespace StaticCatalog.Site;

/// <summary>A post placed in the site: its final, unique path and the terms it belongs to.</summary>
public sealed record SitePost(Post Post, string SitePath)
{
    public IReadOnlyList<TermRef> Tags { get; init; } = [];

    public IReadOnlyList<TermRef> Sections { get; init; } = [];

    public TermRef? Feed { get; init; }
}
