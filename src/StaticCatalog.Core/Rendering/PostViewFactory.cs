using System.Text;
using StaticCatalog.Catalog;
using StaticCatalog.Formatting;
using StaticCatalog.Rendering.Paging;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>Builds the views of posts: a post's page, its summary as lists show it, links to it and to its terms.</summary>
public sealed class PostViewFactory
{
    private const int ExcerptLength = 320;

    private readonly SiteModel _site;
    private readonly SiteUrl _url;
    private readonly CatalogViewFactory _catalog;
    private readonly Dictionary<string, PostSummaryView> _summaries;

    public PostViewFactory(SiteModel site, CatalogViewFactory catalog)
    {
        _site = site;
        _url = site.Url;
        _catalog = catalog;
        _summaries = site.Posts.ToDictionary(p => p.SitePath, MakeSummary, StringComparer.Ordinal);
    }

    /// <summary>The summary view of a post, as lists show it.</summary>
    public PostSummaryView Summary(SitePost post) => _summaries[post.SitePath];

    /// <summary>
    /// What a post's page shows before its lists (body, title in the head and the heading, description), in bytes of HTML:
    /// past <see cref="PageBounds.ContentBudget"/> the page cannot be kept under <see cref="PageBounds.MaxPageBytes"/>.
    /// </summary>
    public static long OwnBytes(SitePost sitePost)
    {
        var post = sitePost.Post;
        var description = TextFormat.Shorten(post.ExcerptText.Length > 0 ? post.ExcerptText : post.Title, PageViewFactory.DescriptionLength);
        return (long)post.ContentUtf8Length + (4L * HtmlSize.Text(post.Title)) + (3L * HtmlSize.Text(description))
               + HtmlSize.Text(post.ExternalUrl) + HtmlSize.Text(post.Author);
    }

    /// <summary>
    /// The page of the post at <paramref name="index"/> (newest first): its terms and catalog block share what is left of
    /// the page's budget after <see cref="OwnBytes"/> (<see cref="ByteBudget.Shares"/>), each cut to its share.
    /// </summary>
    public PostView Post(int index)
    {
        var sitePost = _site.Posts[index];
        var post = sitePost.Post;
        var budget = ByteBudget.ForPage();
        budget.Spend(OwnBytes(sitePost));
        var newer = index > 0 ? PostLink(_site.Posts[index - 1]) : null;
        var older = index + 1 < _site.Posts.Count ? PostLink(_site.Posts[index + 1]) : null;
        budget.Spend((newer is null ? 0 : HtmlSize.Link(newer)) + (older is null ? 0 : HtmlSize.Link(older)));
        var feed = sitePost.Feed is { } f ? Link(f) : null;
        var sections = sitePost.Sections.Select(Link).ToList();
        var tags = sitePost.Tags.Select(Link).ToList();
        var services = post.Catalog.Services.Select(_catalog.ServiceLink).ToList();
        var mentions = post.Catalog.Mentioned.Select(_catalog.ServiceLink).ToList();
        var features = _site.Catalog.FeaturesOf(sitePost).Select(e => _catalog.Feature(e)).ToList();
        var limits = _site.Catalog.LimitsOf(sitePost).Select(_catalog.Limit).ToList();
        var shares = budget.Shares([
            ByteBudget.Need(sections, HtmlSize.Link), ByteBudget.Need(tags, HtmlSize.Link), ByteBudget.Need(services, HtmlSize.Link),
            ByteBudget.Need(features, HtmlSize.Feature), ByteBudget.Need(limits, HtmlSize.Limit), ByteBudget.Need(mentions, HtmlSize.Link)]);
        return new PostView
        {
            Title = post.Title,
            Url = _url.Link(sitePost.SitePath),
            DateIso = DateFormat.Iso(post.Date),
            DateDisplay = DateFormat.Display(post.Date),
            Author = post.Author,
            ExternalUrl = post.ExternalUrl,
            Feed = feed,
            Kind = KindLink(post.Catalog.Kind),
            KindId = PostKindNames.Id(post.Catalog.Kind),
            PrimarySection = post.PrimarySection,
            Sections = budget.Take(sections, HtmlSize.Link, share: shares[0]),
            Tags = budget.Take(tags, HtmlSize.Link, share: shares[1]),
            ContentHtml = new TrustedHtml(post.ContentHtml),
            ExcerptHtml = new TrustedHtml(post.ExcerptHtml),
            Excerpt = post.ExcerptText,
            Extra = FrontMatterValues.ToScriptObject(post.Extra),
            Services = budget.Take(services, HtmlSize.Link, share: shares[2]),
            Features = budget.Take(features, HtmlSize.Feature, share: shares[3]),
            Limits = budget.Take(limits, HtmlSize.Limit, share: shares[4]),
            Mentions = budget.Take(mentions, HtmlSize.Link, share: shares[5]),
            Newer = newer,
            Older = older,
        };
    }

    public LinkView TermLink(Term term) => new(term.Name, _url.Link(term.SitePath), term.Posts.Count);

    /// <summary>A link to the posts of a kind, named by its label ("Release notes").</summary>
    public LinkView KindLink(PostKind kind) => new(PostKindNames.Label(kind), _url.Link(SitePaths.Kind(PostKindNames.Id(kind))));

    public LinkView Link(TermRef term) => new(term.Name, _url.Link(term.SitePath));

    /// <summary>A link to a post, named by its title (cut to <see cref="PageBounds.ListedTitleLength"/>).</summary>
    public LinkView PostLink(SitePost post) => new(TextFormat.Shorten(post.Post.Title, PageBounds.ListedTitleLength), _url.Link(post.SitePath));

    private PostSummaryView MakeSummary(SitePost sitePost) => new()
    {
        Title = TextFormat.Shorten(sitePost.Post.Title, PageBounds.ListedTitleLength),
        Url = _url.Link(sitePost.SitePath),
        DateIso = DateFormat.Iso(sitePost.Post.Date),
        DateDisplay = DateFormat.Display(sitePost.Post.Date),
        Author = sitePost.Post.Author is { } author ? TextFormat.Shorten(author, PageBounds.ListedTitleLength) : null,
        Feed = sitePost.Feed is { } feed ? Link(feed) : null,
        Excerpt = TextFormat.Shorten(sitePost.Post.ExcerptText, ExcerptLength),
    };
}
