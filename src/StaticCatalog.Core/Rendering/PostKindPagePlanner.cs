using StaticCatalog.Catalog;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>
/// The pages of post kinds, planned as terms' are (<see cref="TermPagePlanner"/>): the index of kinds (<c>/kinds/</c>)
/// and, for each kind that has posts, its posts newest first (<c>/kinds/tutorial/</c>, paginated).
/// </summary>
public sealed class PostKindPagePlanner
{
    private readonly SiteModel _site;
    private readonly PageViewFactory _pages;
    private readonly PostListPlanner _lists;

    public PostKindPagePlanner(SiteModel site, PageViewFactory pages, PostListPlanner lists)
    {
        _site = site;
        _pages = pages;
        _lists = lists;
    }

    /// <summary>Each kind that has posts, in the kinds' order, with its posts newest first.</summary>
    public static IReadOnlyList<(PostKind Kind, IReadOnlyList<SitePost> Posts)> Groups(SiteModel site) =>
        PostKindNames.All
            .Select(kind => (Kind: kind, Posts: (IReadOnlyList<SitePost>)site.Posts.Where(p => p.Post.Catalog.Kind == kind).ToList()))
            .Where(g => g.Posts.Count > 0)
            .ToList();

    /// <summary>A link to each kind's list, named by the kind's label, with its post count.</summary>
    public static IReadOnlyList<LinkView> Links(SiteModel site) =>
        Groups(site).Select(g => new LinkView(PostKindNames.Label(g.Kind), site.Url.Link(SitePaths.Kind(PostKindNames.Id(g.Kind))), g.Posts.Count)).ToList();

    public IEnumerable<PageSpec> Plan()
    {
        var groups = Groups(_site);
        var links = Links(_site);
        var description = $"The posts of {_site.Config.Title} by kind (announcements, tutorials, release notes, ...), with their post counts.";
        var index = new TermIndexView { Kind = "kind", Heading = "Kinds", TotalTerms = links.Count, Terms = links };
        var newest = groups.Select(g => PagePlanner.Newest(g.Posts)).Max();
        yield return new PageSpec(SitePaths.Kinds, PageKinds.KindIndex, index, _pages.Page(PageKinds.KindIndex, "Kinds", description, SitePaths.Kinds, [_pages.Home]), newest);

        var indexLink = new LinkView("Kinds", _site.Url.Link(SitePaths.Kinds), links.Count);
        foreach (var (kind, posts) in groups)
        {
            var heading = $"Kind: {PostKindNames.Label(kind)}";
            foreach (var page in _lists.Pages(PageKinds.KindPosts, heading, SitePaths.Kind(PostKindNames.Id(kind)), posts, indexLink))
            {
                yield return page;
            }
        }
    }
}
