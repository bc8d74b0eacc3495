using StaticCatalog.Configuration;
using StaticCatalog.Urls;

namespace StaticCatalog.Site;

/// <summary>
/// Everything the render stage needs, assembled once after all posts are parsed (the barrier):
/// posts in their final order with unique URLs, and every tag, section and feed with its posts.
/// </summary>
public sealed record SiteModel(
    SiteConfig Config,
    SiteUrl Url,
    IReadOnlyList<SitePost> Posts,
    IReadOnlyList<Term> Tags,
    IReadOnlyList<Term> Sections,
    IReadOnlyList<Term> Feeds)
{
    /// <summary>Services, features and limits of every post, cross-linked.</summary>
    public SiteCatalog Catalog { get; init; } = SiteCatalog.Empty;
}
