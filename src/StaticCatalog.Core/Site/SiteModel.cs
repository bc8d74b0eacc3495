using StaticCatalog.Configuration;
using StaticCatalog.Urls;

namespace StaticCatalog.Site;

/// <summary>
/// Everything the render stage needs, assembled once after all posts are parsed (the barrier, see
/// <see cref="SiteAssembler"/>): posts in their final order with unique URLs, every tag, section and feed with its
/// posts, and the catalog of services, features and limits, cross-linked. The catalog is assembled with the rest;
/// the pages show the part of it <see cref="CatalogVisibility"/> lets through.
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
    private readonly SiteCatalog? _fullCatalog;

    /// <summary>
    /// Every catalog item with its confidence, as <c>catalog.json</c> lists them; <see cref="Catalog"/> is what the
    /// pages show (<see cref="CatalogVisibility"/>). The same catalog when nothing is hidden.
    /// </summary>
    public SiteCatalog FullCatalog
    {
        get => _fullCatalog ?? Catalog;
        init => _fullCatalog = value;
    }

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
