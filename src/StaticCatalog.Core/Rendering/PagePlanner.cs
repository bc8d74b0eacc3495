using StaticCatalog.Diagnostics;
using StaticCatalog.Rendering.Paging;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>
/// Decides every page of the site: which pages there are, of which kind (<see cref="PageKinds"/>), and how each
/// makes its view model. Templates never get the domain records, only views, so a theme cannot depend on internals.
/// Lists are split by <see cref="Paginator"/>; posts' own views come from <see cref="PostViewFactory"/>, terms' pages
/// from <see cref="TermPagePlanner"/>, the catalog's from <see cref="CatalogPagePlanner"/>.
/// </summary>
public sealed class PagePlanner
{
    private readonly SiteModel _site;
    private readonly SiteUrl _url;
    private readonly Dictionary<string, int> _positions;
    private readonly PageViewFactory _pages;
    private readonly PostViewFactory _posts;
    private readonly CatalogViewFactory _catalogViews;
    private readonly Paginator _paginator;
    private readonly PostListPlanner _lists;

    public PagePlanner(SiteModel site)
    {
        _site = site;
        _url = site.Url;
        _positions = site.Posts.Select((p, i) => (p.SitePath, i)).ToDictionary(x => x.SitePath, x => x.i, StringComparer.Ordinal);
        _pages = new PageViewFactory(site);
        _catalogViews = new CatalogViewFactory(site);
        _posts = new PostViewFactory(site, _catalogViews);
        _paginator = new Paginator(site.Url);
        _lists = new PostListPlanner(site, _pages, _posts, _paginator);
    }

    public SiteModel Site => _site;

    public SiteView SiteView() => _pages.Site();

    public IReadOnlyList<PageSpec> Plan()
    {
        var pages = new List<PageSpec> { Home(), NotFound(), Search() };
        for (var i = 0; i < _site.Posts.Count; i++)
        {
            pages.Add(PostPage(i));
        }

        pages.AddRange(_lists.Pages(PageKinds.Archive, "All posts", SitePaths.Posts, _site.Posts, null));
        var terms = new TermPagePlanner(_site, _pages, _posts, _catalogViews, _lists, _paginator);
        pages.AddRange(terms.Plan(TermKind.Tag, "Tags", "Tag", SitePaths.Tags, _site.Tags));
        pages.AddRange(terms.Plan(TermKind.Section, "Sections", "Section", SitePaths.Sections, _site.Sections));
        pages.AddRange(terms.Plan(TermKind.Feed, "Feeds", "Feed", SitePaths.Feeds, _site.Feeds));
        pages.AddRange(new PostKindPagePlanner(_site, _pages, _lists).Plan());
        pages.AddRange(new CatalogPagePlanner(_site, _pages, _posts, _catalogViews, _lists, _paginator).Plan());
        pages.AddRange(new InsightPagePlanner(_site, _pages, _catalogViews).Plan());
        return pages;
    }

    /// <summary>
    /// A warning (SC2005) for each post whose page is over <see cref="PageBounds.MaxPageBytes"/> by its body and title
    /// alone: its lists are cut to nothing, and still the page is too large for a reader or a crawler.
    /// </summary>
    public IReadOnlyList<Diagnostic> OversizedPosts() =>
        _site.Posts
            .Select(p => (Post: p, Bytes: PostViewFactory.OwnBytes(p)))
            .Where(p => p.Bytes > PageBounds.ContentBudget)
            .Select(p => Diagnostic.Warning(p.Post.Post.SourcePath, 1, 1, DiagnosticCodes.OversizedPage,
                $"the post's body and title alone are about {p.Bytes / 1024:N0} KB of HTML, more than a page may be ({PageBounds.MaxPageBytes / 1024} KB); "
                + "its catalog block and links are left out: split the post or shorten it"))
            .ToList();

    private PageSpec Home()
    {
        var budget = ByteBudget.ForPage();
        var model = new HomeView
        {
            Latest = budget.Take(_site.Posts.Take(_site.Config.HomePostCount).Select(_posts.Summary).ToList(), HtmlSize.Summary),
            TopTags = budget.Take(
                _site.Tags
                    .OrderByDescending(t => t.Posts.Count)
                    .ThenBy(t => t.Slug, StringComparer.Ordinal)
                    .Take(_site.Config.HomeTagCount)
                    .Select(_posts.TermLink)
                    .ToList(),
                HtmlSize.Link),
            Sections = budget.Take(_site.Sections.OrderByDescending(t => t.Posts.Count).ThenBy(t => t.Slug, StringComparer.Ordinal).Select(_posts.TermLink).ToList(), HtmlSize.Link),
            Feeds = budget.Take(_site.Feeds.OrderByDescending(t => t.Posts.Count).ThenBy(t => t.Slug, StringComparer.Ordinal).Select(_posts.TermLink).ToList(), HtmlSize.Link),
            TagCount = _site.Tags.Count,
            AllPosts = new LinkView("All posts", _url.Link(SitePaths.Posts), _site.Posts.Count),
            AllTags = new LinkView("All tags", _url.Link(SitePaths.Tags), _site.Tags.Count),
            AllSections = new LinkView("All sections", _url.Link(SitePaths.Sections), _site.Sections.Count),
            AllFeeds = new LinkView("All feeds", _url.Link(SitePaths.Feeds), _site.Feeds.Count),
            Kinds = PostKindPagePlanner.Links(_site),
        };
        var page = _pages.Page(PageKinds.Home, _site.Config.Title, _site.Config.Description, SitePaths.Home, []);
        return new PageSpec(SitePaths.Home, PageKinds.Home, model, page, Newest(_site.Posts));
    }

    /// <summary>
    /// <c>404.html</c>: GitHub Pages serves it at whatever URL was missing, at any depth, so every link
    /// on it is root-relative (base path included), as all links of the site are.
    /// </summary>
    private PageSpec NotFound()
    {
        var model = new NotFoundView
        {
            Destinations = [_pages.Home with { Name = "Home page" }, .. SiteView().Nav],
            Latest = _site.Posts.Take(5).Select(_posts.Summary).ToList(),
        };
        var page = _pages.Page(PageKinds.NotFound, "Page not found", $"There is no page at this address on {_site.Config.Title}.", SitePaths.NotFound, [])
            with { AbsoluteUrl = null };
        return new PageSpec(SitePaths.NotFound, PageKinds.NotFound, model, page, null);
    }

    /// <summary>
    /// <c>/search/</c>: the results of the header's search form (<c>?q=</c>), drawn by <c>search.js</c>. Without
    /// the script it says so and links to the indexes. Not indexed: it has no content of its own.
    /// </summary>
    private PageSpec Search()
    {
        var model = new SearchView
        {
            Browse =
            [
                new LinkView("Services", _url.Link(SitePaths.Services)),
                new LinkView("Limits", _url.Link(SitePaths.Limits)),
                new LinkView("Tags", _url.Link(SitePaths.Tags)),
                new LinkView("All posts", _url.Link(SitePaths.Posts), _site.Posts.Count),
            ],
        };
        var page = _pages.Page(PageKinds.Search, "Search", $"Search the posts, services and tags of {_site.Config.Title}.", SitePaths.Search, [_pages.Home]);
        return new PageSpec(SitePaths.Search, PageKinds.Search, model, page, null);
    }

    /// <summary>The date of the newest of <paramref name="posts"/> (they are newest first), or null.</summary>
    internal static DateTimeOffset? Newest(IReadOnlyList<SitePost> posts) => posts.Count > 0 ? posts[0].Post.Date : null;

    /// <summary>The page of one post of the site (its neighbours are the posts beside it, newest first).</summary>
    public PageSpec PostPage(SitePost post) => PostPage(_positions[post.SitePath]);

    private PageSpec PostPage(int index)
    {
        var sitePost = _site.Posts[index];
        var post = sitePost.Post;
        var crumbs = new List<LinkView> { _pages.Home, new("Posts", _url.Link(SitePaths.Posts)) };
        var description = post.ExcerptText.Length > 0 ? post.ExcerptText : post.Title;
        var page = _pages.Page(PageKinds.Post, post.Title, description, sitePost.SitePath, crumbs) with { PublishedIso = Formatting.DateFormat.Iso(post.Date) };
        return new PageSpec(sitePost.SitePath, PageKinds.Post, () => _posts.Post(index), page, post.Date);
    }
}
