using System.Globalization;
using Scriban.Runtime;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>
/// Decides every page of the site and builds the view models templates see. Templates never get the
/// domain records, only these views, so a theme cannot depend on internals.
/// </summary>
public sealed class PagePlanner
{
    private const int DescriptionLength = 200;

    /// <summary>An index of more terms than this is split by initial letter.</summary>
    private const int SinglePageIndexLimit = 500;

    private const int LargestTermsOnIndex = 150;

    private const int TermsPerIndexPage = 500;

    private readonly SiteModel _site;
    private readonly SiteUrl _url;
    private readonly Dictionary<string, PostSummaryView> _summaries;
    private readonly Dictionary<string, int> _positions;
    private readonly CatalogViewFactory _catalogViews;

    public PagePlanner(SiteModel site)
    {
        _site = site;
        _url = site.Url;
        _summaries = site.Posts.ToDictionary(p => p.SitePath, Summary, StringComparer.Ordinal);
        _positions = site.Posts.Select((p, i) => (p.SitePath, i)).ToDictionary(x => x.SitePath, x => x.i, StringComparer.Ordinal);
        _catalogViews = new CatalogViewFactory(site);
    }

    public SiteModel Site => _site;

    /// <summary>The summary view of a post, as lists show it.</summary>
    public PostSummaryView SummaryOf(SitePost post) => _summaries[post.SitePath];

    public SiteView SiteView() => new()
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
        PostCount = _site.Posts.Count,
        Nav =
        [
            new LinkView("Posts", _url.Link(SitePaths.Posts), _site.Posts.Count),
            new LinkView("Services", _url.Link(SitePaths.Services), _site.Catalog.Services.Count(s => s.Posts.Count > 0)),
            new LinkView("Limits", _url.Link(SitePaths.Limits), _site.Catalog.Limits.Count),
            new LinkView("Status", _url.Link(SitePaths.Status), _site.Catalog.Histories.Count),
            new LinkView("Tags", _url.Link(SitePaths.Tags), _site.Tags.Count),
            new LinkView("Sections", _url.Link(SitePaths.Sections), _site.Sections.Count),
            new LinkView("Feeds", _url.Link(SitePaths.Feeds), _site.Feeds.Count),
        ],
    };

    public IReadOnlyList<PageSpec> Plan()
    {
        var pages = new List<PageSpec> { Home(), NotFound(), Search() };
        for (var i = 0; i < _site.Posts.Count; i++)
        {
            pages.Add(PostPage(i));
        }

        pages.AddRange(ListPages("archive", "All posts", SitePaths.Posts, _site.Posts, null));
        AddTerms(pages, TermKind.Tag, "Tags", "Tag", SitePaths.Tags, _site.Tags);
        AddTerms(pages, TermKind.Section, "Sections", "Section", SitePaths.Sections, _site.Sections);
        AddTerms(pages, TermKind.Feed, "Feeds", "Feed", SitePaths.Feeds, _site.Feeds);
        pages.AddRange(new CatalogPagePlanner(_site, this, _catalogViews).Plan());
        return pages;
    }

    private PageSpec Home()
    {
        var model = new HomeView
        {
            Latest = _site.Posts.Take(_site.Config.HomePostCount).Select(p => _summaries[p.SitePath]).ToList(),
            TopTags = _site.Tags
                .OrderByDescending(t => t.Posts.Count)
                .ThenBy(t => t.Slug, StringComparer.Ordinal)
                .Take(_site.Config.HomeTagCount)
                .Select(TermLink)
                .ToList(),
            Sections = _site.Sections.OrderByDescending(t => t.Posts.Count).ThenBy(t => t.Slug, StringComparer.Ordinal).Select(TermLink).ToList(),
            Feeds = _site.Feeds.OrderByDescending(t => t.Posts.Count).ThenBy(t => t.Slug, StringComparer.Ordinal).Select(TermLink).ToList(),
            TagCount = _site.Tags.Count,
            AllPosts = new LinkView("All posts", _url.Link(SitePaths.Posts), _site.Posts.Count),
            AllTags = new LinkView("All tags", _url.Link(SitePaths.Tags), _site.Tags.Count),
            AllSections = new LinkView("All sections", _url.Link(SitePaths.Sections), _site.Sections.Count),
            AllFeeds = new LinkView("All feeds", _url.Link(SitePaths.Feeds), _site.Feeds.Count),
        };
        return new PageSpec(SitePaths.Home, "home", "home", model, Page("home", _site.Config.Title, _site.Config.Description, SitePaths.Home, []), Newest(_site.Posts));
    }

    /// <summary>
    /// <c>404.html</c>: GitHub Pages serves it at whatever URL was missing, at any depth, so every link
    /// on it is root-relative (base path included), as all links of the site are.
    /// </summary>
    private PageSpec NotFound()
    {
        var model = new NotFoundView
        {
            Destinations = [new LinkView("Home page", _url.Link(SitePaths.Home)), .. SiteView().Nav],
            Latest = _site.Posts.Take(5).Select(p => _summaries[p.SitePath]).ToList(),
        };
        var page = Page("not-found", "Page not found", $"There is no page at this address on {_site.Config.Title}.", SitePaths.NotFound, [])
            with { NoIndex = true, AbsoluteUrl = null };
        return new PageSpec(SitePaths.NotFound, "not-found", "not_found", model, page, null);
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
        var page = Page("search", "Search", $"Search the posts, services and tags of {_site.Config.Title}.", SitePaths.Search, [new LinkView("Home", _url.Link(SitePaths.Home))])
            with { NoIndex = true };
        return new PageSpec(SitePaths.Search, "search", "search", model, page, null);
    }

    /// <summary>The date of the newest of <paramref name="posts"/> (they are newest first), or null.</summary>
    internal static DateTimeOffset? Newest(IReadOnlyList<SitePost> posts) => posts.Count > 0 ? posts[0].Post.Date : null;

    /// <summary>The page of one post of the site (its neighbours are the posts beside it, newest first).</summary>
    public PageSpec PostPage(SitePost post) => PostPage(_positions[post.SitePath]);

    private PageSpec PostPage(int index)
    {
        var sitePost = _site.Posts[index];
        var post = sitePost.Post;
        var crumbs = new List<LinkView> { new("Home", _url.Link(SitePaths.Home)), new("Posts", _url.Link(SitePaths.Posts)) };
        var description = post.ExcerptText.Length > 0 ? post.ExcerptText : post.Title;
        var page = Page("post", post.Title, description, sitePost.SitePath, crumbs) with { PublishedIso = Iso(post.Date) };
        return new PageSpec(sitePost.SitePath, "post", "post", () => PostModel(index), page, post.Date);
    }

    private PostView PostModel(int index)
    {
        var sitePost = _site.Posts[index];
        var post = sitePost.Post;
        return new PostView
        {
            Title = post.Title,
            Url = _url.Link(sitePost.SitePath),
            DateIso = Iso(post.Date),
            DateDisplay = Display(post.Date),
            Author = post.Author,
            ExternalUrl = post.ExternalUrl,
            Feed = sitePost.Feed is { } feed ? Link(feed) : null,
            PrimarySection = post.PrimarySection,
            Sections = sitePost.Sections.Select(Link).ToList(),
            Tags = sitePost.Tags.Select(Link).ToList(),
            ContentHtml = new TrustedHtml(post.ContentHtml),
            ExcerptHtml = new TrustedHtml(post.ExcerptHtml),
            Excerpt = post.ExcerptText,
            Extra = ToScriptObject(post.Extra),
            Services = post.Catalog.Services.Select(_catalogViews.ServiceLink).ToList(),
            Features = _site.Catalog.FeaturesOf(sitePost).Select(f => _catalogViews.Feature(f)).ToList(),
            Limits = _site.Catalog.LimitsOf(sitePost).Select(_catalogViews.Limit).ToList(),
            Newer = index > 0 ? PostLink(_site.Posts[index - 1]) : null,
            Older = index + 1 < _site.Posts.Count ? PostLink(_site.Posts[index + 1]) : null,
        };
    }

    private void AddTerms(List<PageSpec> pages, TermKind kind, string plural, string singular, string folder, IReadOnlyList<Term> terms)
    {
        var kindName = kind.ToString().ToLowerInvariant();
        var byName = terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
        var home = new LinkView("Home", _url.Link(SitePaths.Home));
        var description = $"{terms.Count} {plural.ToLowerInvariant()} of {_site.Config.Title}, with their post counts.";
        if (terms.Count <= SinglePageIndexLimit)
        {
            var index = new TermIndexView { Kind = kindName, Heading = plural, TotalTerms = terms.Count, Terms = byName.Select(TermLink).ToList() };
            pages.Add(new PageSpec(folder, "terms", "index", index, Page($"{kindName}-index", plural, description, folder, [home]), NewestOf(terms)));
        }
        else
        {
            AddSplitIndex(pages, kindName, plural, folder, byName, home, description);
        }

        var indexLink = new LinkView(plural, _url.Link(folder), terms.Count);
        foreach (var term in terms)
        {
            var services = kind == TermKind.Tag ? ServicesOf(term.Posts) : [];
            IReadOnlyList<LinkView> feeds = kind == TermKind.Tag ? [new LinkView($"{singular}: {term.Name}", _url.Link(SitePaths.FeedOf(term.SitePath)))] : [];
            pages.AddRange(ListPages(kindName, $"{singular}: {term.Name}", term.SitePath, term.Posts, indexLink, services, feeds));
        }
    }

    /// <summary>
    /// The main index page lists the largest terms; every term is on the page of its initial letter
    /// (<c>/tags-by-letter/a/</c>, paginated when a letter is long), so no page grows past a reader's patience.
    /// </summary>
    private void AddSplitIndex(List<PageSpec> pages, string kindName, string plural, string folder, List<Term> byName, LinkView home, string description)
    {
        var groups = byName
            .GroupBy(t => LetterOf(t.Slug))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Folder: $"{folder.TrimEnd('/')}-by-letter/{g.Key}/", Terms: g.ToList()))
            .ToList();
        var letters = groups.Select(g => new LinkView(g.Key == "0-9" ? "0–9" : g.Key.ToUpperInvariant(), _url.Link(g.Folder), g.Terms.Count)).ToList();
        var largest = byName
            .OrderByDescending(t => t.Posts.Count)
            .ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Take(LargestTermsOnIndex)
            .Select(TermLink)
            .ToList();
        var main = new TermIndexView { Kind = kindName, Heading = plural, TotalTerms = byName.Count, Terms = largest, Letters = letters, IsSelection = true };
        pages.Add(new PageSpec(folder, "terms", "index", main, Page($"{kindName}-index", plural, description, folder, [home]), NewestOf(byName)));

        var indexLink = new LinkView(plural, _url.Link(folder), byName.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var (_, groupFolder, groupTerms) = groups[g];
            var total = (groupTerms.Count + TermsPerIndexPage - 1) / TermsPerIndexPage;
            for (var number = 1; number <= total; number++)
            {
                var heading = $"{plural}: {letters[g].Name}";
                var pageTerms = groupTerms.Skip((number - 1) * TermsPerIndexPage).Take(TermsPerIndexPage).ToList();
                var model = new TermIndexView
                {
                    Kind = kindName,
                    Heading = heading,
                    TotalTerms = byName.Count,
                    Terms = pageTerms.Select(TermLink).ToList(),
                    Letters = letters,
                    Pager = Pager(groupFolder, number, total),
                };
                var sitePath = SitePaths.Paged(groupFolder, number);
                var title = number > 1 ? $"{heading} (page {number} of {total})" : heading;
                pages.Add(new PageSpec(sitePath, "terms", "index", model, Page($"{kindName}-index", title, description, sitePath, [home, indexLink]), NewestOf(pageTerms)));
            }
        }
    }

    /// <summary>The newest post date among the terms' posts: an index page changes when any of its counts does.</summary>
    private static DateTimeOffset? NewestOf(IEnumerable<Term> terms) =>
        terms.Where(t => t.Posts.Count > 0).Select(t => (DateTimeOffset?)t.Posts[0].Post.Date).Max();

    private static string LetterOf(string slug) => slug[0] is >= 'a' and <= 'z' ? slug[..1] : "0-9";

    /// <summary>The services some of these posts name, with how many name each, most first.</summary>
    private IReadOnlyList<LinkView> ServicesOf(IReadOnlyList<SitePost> posts) =>
        posts.SelectMany(p => p.Post.Catalog.Services)
            .GroupBy(slug => slug, StringComparer.Ordinal)
            .Select(g => _catalogViews.ServiceLink(g.Key) with { Count = g.Count() })
            .OrderByDescending(l => l.Count)
            .ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>A paginated list of posts below <paramref name="folder"/>: the archive, a term's posts, the posts naming a service.</summary>
    internal IEnumerable<PageSpec> ListPages(
        string kind, string heading, string folder, IReadOnlyList<SitePost> posts, LinkView? index, IReadOnlyList<LinkView>? services = null, IReadOnlyList<LinkView>? feeds = null)
    {
        var size = _site.Config.PageSize;
        var total = Math.Max(1, (posts.Count + size - 1) / size);
        for (var number = 1; number <= total; number++)
        {
            var first = (number - 1) * size;
            var pageNumber = number;
            PostListView Model() => new()
            {
                Kind = kind,
                Heading = heading,
                TotalPosts = posts.Count,
                Posts = posts.Skip(first).Take(size).Select(p => _summaries[p.SitePath]).ToList(),
                Index = index,
                Pager = Pager(folder, pageNumber, total),
                Services = services ?? [],
            };
            var crumbs = new List<LinkView> { new("Home", _url.Link(SitePaths.Home)) };
            if (index is not null)
            {
                crumbs.Add(index);
            }

            var title = number > 1 ? $"{heading} (page {number} of {total})" : heading;
            var description = $"{heading}: {Count(posts.Count, "post")}, newest first.";
            var page = Page(kind, title, description, SitePaths.Paged(folder, number), crumbs) with { Feeds = feeds ?? [] };
            yield return new PageSpec(SitePaths.Paged(folder, number), "list", "list", Model, page, first < posts.Count ? posts[first].Post.Date : null);
        }
    }

    /// <summary>The pager of page <paramref name="number"/> of <paramref name="total"/> below a folder.</summary>
    internal PagerView PagerFor(string folder, int number, int total) => Pager(folder, number, total);

    private PagerView Pager(string folder, int number, int total)
    {
        var pageLinks = Enumerable.Range(1, total)
            .Select(n => new LinkView(n.ToString(CultureInfo.InvariantCulture), _url.Link(SitePaths.Paged(folder, n))))
            .ToList();
        return new PagerView
        {
            Current = number,
            Total = total,
            PreviousUrl = number > 1 ? pageLinks[number - 2].Url : null,
            NextUrl = number < total ? pageLinks[number].Url : null,
            Pages = pageLinks,
        };
    }

    private PostSummaryView Summary(SitePost sitePost) => new()
    {
        Title = sitePost.Post.Title,
        Url = _url.Link(sitePost.SitePath),
        DateIso = Iso(sitePost.Post.Date),
        DateDisplay = Display(sitePost.Post.Date),
        Author = sitePost.Post.Author,
        Feed = sitePost.Feed is { } feed ? Link(feed) : null,
        Excerpt = Shorten(sitePost.Post.ExcerptText, 320),
    };

    internal PageView Page(string kind, string title, string description, string sitePath, IReadOnlyList<LinkView> crumbs) => new()
    {
        Kind = kind,
        Title = title,
        Description = Shorten(description, DescriptionLength),
        Url = _url.Link(sitePath),
        CanonicalUrl = _url.Absolute(sitePath),
        AbsoluteUrl = _url.AbsoluteRoot is null ? null : _url.Absolute(sitePath),
        Breadcrumbs = crumbs,
    };

    private LinkView TermLink(Term term) => new(term.Name, _url.Link(term.SitePath), term.Posts.Count);

    private LinkView Link(TermRef term) => new(term.Name, _url.Link(term.SitePath));

    private LinkView PostLink(SitePost post) => new(post.Post.Title, _url.Link(post.SitePath));

    internal static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    internal static string Display(DateTimeOffset date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"1 post", "2 posts".</summary>
    internal static string Count(int count, string singular) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {singular}{(count == 1 ? "" : "s")}");

    /// <summary>Cuts at a word boundary and adds an ellipsis.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return (cut > maxLength / 2 ? text[..cut] : text[..(maxLength - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static ScriptObject ToScriptObject(IReadOnlyList<KeyValuePair<string, object?>> pairs)
    {
        var result = new OptionalKeysObject();
        foreach (var (key, value) in pairs)
        {
            result.SetValue(key, ToScriptValue(value), readOnly: true);
        }

        return result;
    }

    private static object? ToScriptValue(object? value) => value switch
    {
        IReadOnlyList<KeyValuePair<string, object?>> map => ToScriptObject(map),
        IEnumerable<object?> list when value is not string => new ScriptArray(list.Select(ToScriptValue)),
        _ => value,
    };
}
