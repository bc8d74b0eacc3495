namespace StaticCatalog.Rendering.ViewModels;

/// <summary>What the base layout needs about the page it wraps: title, description and the meta links.</summary>
public sealed record PageView
{
    public required string Kind { get; init; }
    public required string Title { get; init; }

    /// <summary>The meta description and Open Graph description: the excerpt for posts, a summary otherwise.</summary>
    public required string Description { get; init; }
    public required string Url { get; init; }

    /// <summary>Absolute when the site has an absolute base URL, else the same as <see cref="Url"/>.</summary>
    public required string CanonicalUrl { get; init; }

    /// <summary>The absolute URL for <c>og:url</c>, or null when the site was built without an absolute base URL.</summary>
    public string? AbsoluteUrl { get; init; }

    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>Atom feeds of this page's subject (a service, a tag), offered besides the site-wide feed.</summary>
    public IReadOnlyList<LinkView> Feeds { get; init; } = [];

    /// <summary>The Atom feed of catalog changes this page follows (the status board's, a service's), or null.</summary>
    public LinkView? ChangeFeed { get; init; }

    /// <summary>A post: Open Graph type <c>article</c> with its publication time.</summary>
    public string? PublishedIso { get; init; }

    /// <summary>Not to be indexed or listed in the sitemap (the 404 page).</summary>
    public bool NoIndex { get; init; }
}
