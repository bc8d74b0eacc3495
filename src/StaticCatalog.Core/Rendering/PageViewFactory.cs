using StaticCatalog.Formatting;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>Builds what the base layout sees: <c>site</c> (the same on every page) and each page's <c>page</c>.</summary>
public sealed class PageViewFactory
{
    /// <summary>A page's meta description is cut to this many characters.</summary>
    public const int DescriptionLength = 200;

    private readonly SiteModel _site;
    private readonly SiteUrl _url;

    public PageViewFactory(SiteModel site)
    {
        _site = site;
        _url = site.Url;
    }

    /// <summary>The home page, the first of most breadcrumbs.</summary>
    public LinkView Home => new("Home", _url.Link(SitePaths.Home));

    public SiteView Site() => new()
    {
        Title = _site.Config.Title,
        Description = _site.Config.Description,
        Language = _site.Config.Language,
        BasePath = _url.BasePath,
        HomeUrl = _url.Link(SitePaths.Home),
        StylesheetUrl = _url.Link("assets/css/site.css"),
        CodeStylesheetUrl = _url.Link("assets/css/code.css"),
        FeedUrl = _url.Link(SitePaths.AtomFeed),
        IconUrl = _url.Link("favicon.svg"),
        FaviconUrl = _url.Link("favicon.ico"),
        ScriptUrl = _url.Link("assets/js/site.js"),
        SearchUrl = _url.Link(SitePaths.Search),
        SearchScriptUrl = _url.Link("assets/js/search.js"),
        SearchStylesheetUrl = _url.Link("assets/css/search.css"),
        ServicesUrl = _url.Link(SitePaths.Services),
        LimitsUrl = _url.Link(SitePaths.Limits),
        StatusUrl = _url.Link(SitePaths.Status),
        InsightsUrl = _url.Link(SitePaths.Insights),
        RetirementsUrl = _url.Link(SitePaths.Retirements),
        PostCount = _site.Posts.Count,
        Nav =
        [
            new LinkView("Posts", _url.Link(SitePaths.Posts), _site.Posts.Count),
            new LinkView("Services", _url.Link(SitePaths.Services), _site.Catalog.Services.Count(s => s.HasPage)),
            new LinkView("Limits", _url.Link(SitePaths.Limits), _site.Catalog.Limits.Count),
            new LinkView("Status", _url.Link(SitePaths.Status), _site.Catalog.Histories.Count),
            new LinkView("Tags", _url.Link(SitePaths.Tags), _site.Tags.Count),
            new LinkView("Sections", _url.Link(SitePaths.Sections), _site.Sections.Count),
            new LinkView("Feeds", _url.Link(SitePaths.Feeds), _site.Feeds.Count),
        ],
    };

    /// <summary>A page of <paramref name="kind"/> at <paramref name="sitePath"/>; not indexed when its kind is not.</summary>
    public PageView Page(PageKind kind, string title, string description, string sitePath, IReadOnlyList<LinkView> crumbs) => new()
    {
        Kind = kind.Name,
        Title = title,
        Description = TextFormat.Shorten(description, DescriptionLength),
        Url = _url.Link(sitePath),
        CanonicalUrl = _url.Absolute(sitePath),
        AbsoluteUrl = _url.AbsoluteRoot is null ? null : _url.Absolute(sitePath),
        Breadcrumbs = crumbs,
        NoIndex = !kind.Indexed,
    };
}
