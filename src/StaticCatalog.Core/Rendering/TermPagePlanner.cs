using StaticCatalog.Publishing;
using StaticCatalog.Rendering.Paging;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>The pages of one kind of term (tags, sections or feeds): the index of them all and each term's posts.</summary>
public sealed class TermPagePlanner
{
    /// <summary>An index of more terms than this (or of more than fit a page) is split by initial letter.</summary>
    private const int SinglePageIndexLimit = 500;

    private const int LargestTermsOnIndex = 150;

    private const int TermsPerIndexPage = 500;

    private readonly SiteModel _site;
    private readonly SiteUrl _url;
    private readonly PageViewFactory _pages;
    private readonly PostViewFactory _posts;
    private readonly CatalogViewFactory _catalog;
    private readonly PostListPlanner _lists;
    private readonly Paginator _paginator;

    public TermPagePlanner(SiteModel site, PageViewFactory pages, PostViewFactory posts, CatalogViewFactory catalog, PostListPlanner lists, Paginator paginator)
    {
        _site = site;
        _url = site.Url;
        _pages = pages;
        _posts = posts;
        _catalog = catalog;
        _lists = lists;
        _paginator = paginator;
    }

    /// <param name="kind">The kind of the terms.</param>
    /// <param name="plural">"Tags": the index's heading.</param>
    /// <param name="singular">"Tag": the start of each term's heading.</param>
    /// <param name="folder">The index's folder.</param>
    /// <param name="terms">Every term of the kind.</param>
    public IEnumerable<PageSpec> Plan(TermKind kind, string plural, string singular, string folder, IReadOnlyList<Term> terms)
    {
        var kindName = kind.ToString().ToLowerInvariant();
        var indexKind = PageKinds.IndexOf(kind);
        var byName = terms.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
        var description = $"{terms.Count} {plural.ToLowerInvariant()} of {_site.Config.Title}, with their post counts.";
        var links = byName.Select(_posts.TermLink).ToList();
        if (terms.Count <= SinglePageIndexLimit && HtmlSize.Links(links) <= PageBounds.ContentBudget)
        {
            var index = new TermIndexView { Kind = kindName, Heading = plural, TotalTerms = terms.Count, Terms = links };
            yield return new PageSpec(folder, indexKind, index, _pages.Page(indexKind, plural, description, folder, [_pages.Home]), NewestOf(terms));
        }
        else
        {
            foreach (var page in SplitIndex(indexKind, kindName, plural, folder, byName, description))
            {
                yield return page;
            }
        }

        var indexLink = new LinkView(plural, _url.Link(folder), terms.Count);
        var listKind = PageKinds.ListOf(kind);
        foreach (var term in terms)
        {
            var services = kind == TermKind.Tag ? ServicesOf(term.Posts) : [];
            IReadOnlyList<LinkView> feeds = kind == TermKind.Tag && AtomFeedPlanner.HasFeed(term, _site.Config) ? [new LinkView($"{singular}: {term.Name}", _url.Link(SitePaths.FeedOf(term.SitePath)))] : [];
            foreach (var page in _lists.Pages(listKind, $"{singular}: {term.Name}", term.SitePath, term.Posts, indexLink, services, feeds))
            {
                yield return page;
            }
        }
    }

    /// <summary>
    /// The main index page lists the largest terms; every term is on the page of its initial letter
    /// (<c>/tags-by-letter/a/</c>, paginated when a letter is long), so no page grows past a reader's patience.
    /// </summary>
    private IEnumerable<PageSpec> SplitIndex(PageKind indexKind, string kindName, string plural, string folder, List<Term> byName, string description)
    {
        var groups = byName
            .GroupBy(t => LetterOf(t.Slug))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Folder: $"{folder.TrimEnd('/')}-by-letter/{g.Key}/", Terms: g.ToList()))
            .ToList();
        var letters = groups.Select(g => new LinkView(g.Key == "0-9" ? "0–9" : g.Key.ToUpperInvariant(), _url.Link(g.Folder), g.Terms.Count)).ToList();
        var budget = ByteBudget.ForPage();
        budget.Spend(HtmlSize.Links(letters));
        var largest = budget.Take(
            byName.OrderByDescending(t => t.Posts.Count).ThenBy(t => t.Slug, StringComparer.Ordinal).Take(LargestTermsOnIndex).Select(_posts.TermLink).ToList(),
            HtmlSize.Link);
        var main = new TermIndexView { Kind = kindName, Heading = plural, TotalTerms = byName.Count, Terms = largest, Letters = letters, IsSelection = true };
        yield return new PageSpec(folder, indexKind, main, _pages.Page(indexKind, plural, description, folder, [_pages.Home]), NewestOf(byName));

        var crumbs = new[] { _pages.Home, new LinkView(plural, _url.Link(folder), byName.Count) };
        for (var g = 0; g < groups.Count; g++)
        {
            var (_, groupFolder, groupTerms) = groups[g];
            var heading = $"{plural}: {letters[g].Name}";
            foreach (var page in _paginator.Paginate(groupFolder, groupTerms, TermsPerIndexPage, t => HtmlSize.Link(_posts.TermLink(t)), HtmlSize.Links(letters)))
            {
                var model = new TermIndexView
                {
                    Kind = kindName,
                    Heading = heading,
                    TotalTerms = byName.Count,
                    Terms = page.Items.Select(_posts.TermLink).ToList(),
                    Letters = letters,
                    Pager = _paginator.Pager(groupFolder, page),
                };
                yield return new PageSpec(page.SitePath, indexKind, model, _pages.Page(indexKind, page.Title(heading), description, page.SitePath, crumbs), NewestOf(page.Items));
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
            .Select(g => _catalog.ServiceLink(g.Key) with { Count = g.Count() })
            .OrderByDescending(l => l.Count)
            .ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
}
