using StaticCatalog.Formatting;
using StaticCatalog.Rendering.Paging;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Site;

namespace StaticCatalog.Rendering;

/// <summary>The pages of a list of posts below a folder: the archive, a term's posts, the posts naming a service.</summary>
public sealed class PostListPlanner
{
    private readonly SiteModel _site;
    private readonly PageViewFactory _pages;
    private readonly PostViewFactory _posts;
    private readonly Paginator _paginator;

    public PostListPlanner(SiteModel site, PageViewFactory pages, PostViewFactory posts, Paginator paginator)
    {
        _site = site;
        _pages = pages;
        _posts = posts;
        _paginator = paginator;
    }

    /// <param name="kind">The list's kind (<see cref="PageKinds.Archive"/>, a term's, <see cref="PageKinds.ServicePosts"/>).</param>
    /// <param name="heading">The list's heading and title.</param>
    /// <param name="folder">Its first page.</param>
    /// <param name="posts">Its posts, newest first.</param>
    /// <param name="index">The page of all lists of this kind, linked from each page.</param>
    /// <param name="services">On a tag's first page, the services its posts name, most named first: at most
    /// <see cref="ServicesShown"/>, and as many as fit a quarter of a page. Only the first page: on a tag of 9,000
    /// posts the list was 40 kB on each of its 460 pages.</param>
    /// <param name="feeds">Atom feeds of the list's subject.</param>
    /// <summary>The most services a tag's first page names.</summary>
    public const int ServicesShown = 12;

    public IEnumerable<PageSpec> Pages(
        PageKind kind, string heading, string folder, IReadOnlyList<SitePost> posts, LinkView? index, IReadOnlyList<LinkView>? services = null, IReadOnlyList<LinkView>? feeds = null)
    {
        var shownServices = ByteBudget.ForPage().Take((services ?? []).Take(ServicesShown).ToList(), HtmlSize.Link, share: PageBounds.ContentBudget / 4);
        var crumbs = index is null ? new List<LinkView> { _pages.Home } : [_pages.Home, index];
        var fixedBytes = (3 * HtmlSize.Text(heading)) + HtmlSize.Links(shownServices) + (2 * HtmlSize.Links(feeds ?? [])) + HtmlSize.Links(crumbs);
        var description = $"{heading}: {NumberFormat.Counted(posts.Count, "post")}, newest first.";
        foreach (var page in _paginator.Paginate(folder, posts, _site.Config.PageSize, p => HtmlSize.Summary(_posts.Summary(p)), fixedBytes))
        {
            PostListView Model() => new()
            {
                Kind = kind.Name,
                Heading = heading,
                TotalPosts = posts.Count,
                Posts = page.Items.Select(_posts.Summary).ToList(),
                Index = index,
                Pager = _paginator.Pager(folder, page),
                Services = page.Number == 1 ? shownServices : [],
                Excerpts = kind != PageKinds.ListOf(TermKind.Tag) || _site.Config.TagPageExcerpts,
            };
            var view = _pages.Page(kind, page.Title(heading), description, page.SitePath, crumbs) with { Feeds = feeds ?? [] };
            yield return new PageSpec(page.SitePath, kind, Model, view, page.Items.Count > 0 ? page.Items[0].Post.Date : null);
        }
    }
}
