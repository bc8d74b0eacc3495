namespace StaticCatalog.Rendering;

/// <summary>Every kind of page the site has, one row each: the planner, the renderer and the sitemap read these rows.</summary>
public static class PageKinds
{
    public static readonly PageKind Home = new("home", "home", "home");
    public static readonly PageKind Post = new("post", "post", "post");

    /// <summary>All posts, newest first (<c>/posts/</c>).</summary>
    public static readonly PageKind Archive = new("archive", "list", "list");
    public static readonly PageKind Tag = new("tag", "list", "list");
    public static readonly PageKind Section = new("section", "list", "list");
    public static readonly PageKind Feed = new("feed", "list", "list");

    /// <summary>All posts naming one service (<c>/services/x/posts/</c>).</summary>
    public static readonly PageKind ServicePosts = new("service-posts", "list", "list");
    /// <summary>All posts of one kind (<c>/kinds/tutorial/</c>), and the index of kinds (<c>/kinds/</c>).</summary>
    public static readonly PageKind KindPosts = new("kind", "list", "list");
    public static readonly PageKind KindIndex = new("kind-index", "terms", "index");
    public static readonly PageKind TagIndex = new("tag-index", "terms", "index");
    public static readonly PageKind SectionIndex = new("section-index", "terms", "index");
    public static readonly PageKind FeedIndex = new("feed-index", "terms", "index");
    public static readonly PageKind Services = new("services", "services", "services");
    public static readonly PageKind Service = new("service", "service", "service");
    public static readonly PageKind Limits = new("limits", "limits", "limit_index");
    public static readonly PageKind Status = new("status", "status", "board");

    /// <summary>All features of one status, of the status board or of one service.</summary>
    public static readonly PageKind Features = new("features", "features", "feature_list");
    /// <summary>One feature seen in more than one post, with its status history (<c>/features/x/</c>).</summary>
    public static readonly PageKind Entity = new("feature", "feature", "entity");
    /// <summary>The catalog's consistency report (<c>/insights/</c>).</summary>
    public static readonly PageKind Insights = new("insights", "insights", "insights");
    /// <summary>Retired and retiring features, soonest first (<c>/retirements/</c>).</summary>
    public static readonly PageKind Retirements = new("retirements", "retirements", "retirements");
    public static readonly PageKind NotFound = new("not-found", "not-found", "not_found", Indexed: false);
    public static readonly PageKind Search = new("search", "search", "search", Indexed: false);

    public static IReadOnlyList<PageKind> All { get; } =
        [Home, Post, Archive, Tag, Section, Feed, ServicePosts, KindPosts, TagIndex, SectionIndex, FeedIndex, KindIndex, Services, Service, Limits, Status, Features, Entity, Insights, Retirements, NotFound, Search];

    /// <summary>The kind of a post list of a term of <paramref name="kind"/>.</summary>
    public static PageKind ListOf(Site.TermKind kind) => kind switch
    {
        Site.TermKind.Tag => Tag,
        Site.TermKind.Section => Section,
        Site.TermKind.Feed => Feed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The kind of the index of all terms of <paramref name="kind"/>.</summary>
    public static PageKind IndexOf(Site.TermKind kind) => kind switch
    {
        Site.TermKind.Tag => TagIndex,
        Site.TermKind.Section => SectionIndex,
        Site.TermKind.Feed => FeedIndex,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
