using StaticCatalog.Configuration;
using StaticCatalog.Urls;

namespace StaticCatalog.Site;

/// <summary>
/// Everything the render stage needs, assembled once after all posts are parsed (the barrier, see
/// <see cref="SiteAssembler"/>): posts in their final order with unique URLs, every tag, section and feed with its
/// posts, and the catalog of services, features and limits, cross-linked. The catalog is assembled with the rest.
/// </summary>
public sealed record SiteModel(
    SiteConfig Config,
    SiteUrl Url,
    IReadOnlyList<SitePost> Posts,
    IReadOnlyList<Term> Tags,
    IReadOnlyList<Term> Sections,
    IReadOnlyList<Term> Feeds,
    SiteCatalog Catalog)
{

    /// <summary>
    /// The site after edits that changed only post bodies: each of <paramref name="edited"/> takes the place of the
    /// post at its path in <see cref="Posts"/>. Terms and catalog entries keep the records they had, whose every
    /// field a list, feed or the catalog shows is the same (lookups go by site path).
    /// </summary>
    public SiteModel WithBodies(IReadOnlyCollection<SitePost> edited)
    {
        var byPath = edited.ToDictionary(p => p.SitePath, StringComparer.Ordinal);
        return this with { Posts = Posts.Select(p => byPath.GetValueOrDefault(p.SitePath) ?? p).ToList() };
    }
}
