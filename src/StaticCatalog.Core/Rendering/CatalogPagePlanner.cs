using StaticCatalog.Catalog;
using StaticCatalog.Formatting;
using StaticCatalog.Publishing;
using StaticCatalog.Rendering.Paging;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>The catalog's pages: the services index, a page per service with posts, the limits index and the status board.</summary>
public sealed class CatalogPagePlanner
{
    private static readonly ReleaseStatus[] BoardStatuses = [ReleaseStatus.Planned, ReleaseStatus.Preview, ReleaseStatus.Ga, ReleaseStatus.Retired];
    private static readonly ReleaseStatus[] ServiceStatuses = [.. BoardStatuses, ReleaseStatus.Unknown];

    // Counts are the most a page shows; PageBounds' byte budget may show fewer (a feature with long evidence is 3 KB of
    // HTML): a test builds the whole corpus and checks that no page passes 150 KB.

    /// <summary>A board column or service group shows this many newest features (or fewer, as fit) and links to the rest.</summary>
    private const int GroupPreview = 20;

    private const int FeaturesPerPage = 100;

    /// <summary>A service's timeline shows this many newest posts and links to all of them, paginated.</summary>
    private const int TimelinePreview = 30;

    /// <summary>A service's "Also mentioned in" list shows this many newest posts that name it without being about it, and counts the rest.</summary>
    private const int MentionedPreview = 20;

    private readonly List<PageSpec> _listPages = [];
    private readonly SiteModel _site;
    private readonly PageViewFactory _pages;
    private readonly PostViewFactory _posts;
    private readonly CatalogViewFactory _views;
    private readonly PostListPlanner _lists;
    private readonly Paginator _paginator;
    private readonly SiteUrl _url;

    /// <summary>The limits index page that shows each limit (by id), to link a service's cut table to the rest.</summary>
    private readonly Dictionary<string, string> _limitPages = new(StringComparer.Ordinal);

    /// <summary>The services with a feed of catalog changes, which their pages link.</summary>
    private readonly IReadOnlySet<string> _changeFeeds;

    /// <summary>The day planned-against-actual counts from (the newest post's date or --as-of), found once for every feature page.</summary>
    private readonly DateOnly _asOf;

    public CatalogPagePlanner(SiteModel site, PageViewFactory pages, PostViewFactory posts, CatalogViewFactory views, PostListPlanner lists, Paginator paginator)
    {
        _site = site;
        _pages = pages;
        _posts = posts;
        _views = views;
        _lists = lists;
        _paginator = paginator;
        _url = site.Url;
        _changeFeeds = CatalogChangeFeedPlanner.ServicesWithFeeds(site.Catalog);
        _asOf = Site.Insights.CatalogInsights.AsOfDay(site);
    }

    public IEnumerable<PageSpec> Plan()
    {
        var limits = LimitsIndex().ToList();
        yield return ServiceIndex();
        foreach (var service in _site.Catalog.Services.Where(s => s.HasPage))
        {
            yield return ServicePage(service);
        }

        foreach (var page in limits)
        {
            yield return page;
        }

        yield return StatusBoard();
        foreach (var page in _listPages)
        {
            yield return page;
        }

        foreach (var history in _site.Catalog.Histories.Where(h => h.HasPage))
        {
            foreach (var page in EntityPages(history))
            {
                yield return page;
            }
        }
    }

    /// <summary>A feature entity's page: its status history oldest first, each step with its post and evidence, paginated when long.</summary>
    private IEnumerable<PageSpec> EntityPages(FeatureHistory history)
    {
        var board = new LinkView("Status board", _url.Link(SitePaths.Status));
        var steps = history.Entries.Select(e => (View: _views.Feature(e), e.Date)).ToList();
        var first = history.Entries[0];
        var posts = history.Entries.Select(e => e.Post.SitePath).Distinct(StringComparer.Ordinal).Count();
        var status = ReleaseStatusNames.Label(history.Status);
        var description = $"{history.Name}: {status.ToLowerInvariant()} now; its status in each of the {posts} posts that name it, oldest first.";
        foreach (var listPage in _paginator.Paginate(history.SitePath, steps, FeaturesPerPage, s => HtmlSize.Feature(s.View), 3 * HtmlSize.Text(history.Name)))
        {
            var model = new EntityView
            {
                Id = history.Id,
                Name = history.Name,
                Status = ReleaseStatusNames.Id(history.Status),
                StatusLabel = status,
                Services = history.Current.Feature.Services.Select(_views.ServiceLink).ToList(),
                Posts = posts,
                FirstIso = DateFormat.Iso(first.Date),
                FirstDisplay = DateFormat.Display(first.Date),
                History = listPage.Items.Select(s => s.View).ToList(),
                Total = steps.Count,
                Pager = _paginator.Pager(history.SitePath, listPage),
                Back = board,
                Plan = _views.Plan(history, _asOf),
            };
            var page = _pages.Page(PageKinds.Entity, listPage.Title(history.Name), description, listPage.SitePath, [Home, board]);
            yield return new PageSpec(listPage.SitePath, PageKinds.Entity, model, page, listPage.Items.Max(s => s.Date));
        }
    }

    /// <summary>The groups as shown on their page, group <c>i</c> in <paramref name="shares"/>[i] bytes of <paramref name="budget"/>, and the pages listing all of a group that is cut.</summary>
    private List<FeatureGroupView> Groups(
        IReadOnlyList<(ReleaseStatus Status, List<(FeatureView View, DateTimeOffset Date)> Features, string Heading)> groups, string folder, LinkView back, ByteBudget budget, IReadOnlyList<long> shares) =>
        groups.Select((g, i) => Group(g.Status, g.Features, folder, g.Heading, back, budget, shares[i])).ToList();

    /// <summary>What a group's preview would take when nothing is cut.</summary>
    private static long PreviewNeed(List<(FeatureView View, DateTimeOffset Date)> features) => ByteBudget.Need(features, f => HtmlSize.Feature(f.View), GroupPreview);

    /// <summary>The group as shown on its page (as many of its newest as fit <paramref name="share"/>), and the pages listing all of it when it is cut.</summary>
    /// <param name="dated">The group's features, newest first, with the date of each.</param>
    private FeatureGroupView Group(ReleaseStatus status, IReadOnlyList<(FeatureView View, DateTimeOffset Date)> dated, string folder, string heading, LinkView back, ByteBudget budget, long share)
    {
        var features = dated.Select(f => f.View).ToList();
        var id = ReleaseStatusNames.Id(status);
        var label = ReleaseStatusNames.Label(status);
        var shown = budget.Take(features, HtmlSize.Feature, GroupPreview, share);
        if (shown.Count == features.Count)
        {
            return new FeatureGroupView(id, label, features, features.Count);
        }

        var listFolder = $"{folder}{id}/";
        var description = $"{heading}: {features.Count} features, newest first.";
        var fixedBytes = (3 * HtmlSize.Text(heading)) + HtmlSize.Link(back);
        foreach (var listPage in _paginator.Paginate(listFolder, dated, FeaturesPerPage, f => HtmlSize.Feature(f.View), fixedBytes))
        {
            var model = new FeatureListView
            {
                Heading = heading,
                Status = id,
                StatusLabel = label,
                Total = features.Count,
                Features = listPage.Items.Select(f => f.View).ToList(),
                Pager = _paginator.Pager(listFolder, listPage),
                Back = back,
            };
            var page = _pages.Page(PageKinds.Features, listPage.Title(heading), description, listPage.SitePath, [Home, back]);
            _listPages.Add(new PageSpec(listPage.SitePath, PageKinds.Features, model, page, listPage.Items.Max(f => f.Date)));
        }

        return new FeatureGroupView(id, label, shown, features.Count, _url.Link(listFolder));
    }

    private LinkView Home => _pages.Home;

    /// <summary>The filter panel's choices, each counted over the page's items, in a reader's order.</summary>
    private FilterPanelView Filters(IEnumerable<(string[] Services, string Status, string Day)> items, IEnumerable<string> metrics)
    {
        var list = items.ToList();
        var services = list.SelectMany(i => i.Services).ToList();
        return new FilterPanelView
        {
            Services = Options(services, slug => _views.ServiceLink(slug).Name),
            Categories = Options(
                list.SelectMany(i => i.Services.Select(_views.CategoryId).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)),
                id => services.Select(s => (Id: _views.CategoryId(s), Name: _views.CategoryName(s))).First(c => c.Id == id).Name ?? id),
            Statuses = BoardStatuses.Append(ReleaseStatus.Unknown)
                .Select(s => new FilterOption(ReleaseStatusNames.Id(s), ReleaseStatusNames.Label(s), list.Count(i => i.Status == ReleaseStatusNames.Id(s))))
                .Where(o => o.Count > 0)
                .ToList(),
            Metrics = Options(metrics, metric => metric),
            FirstDay = list.Count > 0 ? list.Min(i => i.Day)! : string.Empty,
            LastDay = list.Count > 0 ? list.Max(i => i.Day)! : string.Empty,
        };
    }

    /// <summary>The kinds of the features' posts, each counted, in the kinds' order (announcement first).</summary>
    private static IReadOnlyList<FilterOption> KindOptions(IReadOnlyList<FeatureView> features) =>
        PostKindNames.All
            .Select(k => new FilterOption(PostKindNames.Id(k), PostKindNames.Label(k), features.Count(f => f.Kind == PostKindNames.Id(k))))
            .Where(o => o.Count > 0)
            .ToList();

    private static IReadOnlyList<FilterOption> Options(IEnumerable<string> values, Func<string, string> label) =>
        values.GroupBy(v => v, StringComparer.Ordinal)
            .Select(g => new FilterOption(g.Key, label(g.Key), g.Count()))
            .OrderBy(o => o.Label, StringComparer.OrdinalIgnoreCase)
            .ThenBy(o => o.Value, StringComparer.Ordinal)
            .ToList();

    private PageSpec ServiceIndex()
    {
        var catalog = _site.Catalog;
        var categories = catalog.Categories
            .Select(category => new ServiceCategoryView(category, catalog.Services
                .Where(s => s.Service.Category == category)
                .Select(s => new ServiceSummaryView(s.Service.Name, s.HasPage ? _url.Link(s.SitePath) : null, s.Posts.Count, s.Features.Count, s.Limits.Count))
                .ToList()))
            .Where(c => c.Services.Count > 0)
            .ToList();
        var model = new ServiceIndexView
        {
            Categories = categories,
            TotalServices = catalog.Services.Count,
            ServicesWithPosts = catalog.Services.Count(s => s.HasPage),
            TotalFeatures = catalog.Features.Count,
            TotalLimits = catalog.Limits.Count,
        };
        var description = $"{model.TotalServices} services by category, with the posts, features and limits the catalog holds for each.";
        var newest = catalog.Services.Select(s => PagePlanner.Newest(s.Posts)).Max();
        return new PageSpec(SitePaths.Services, PageKinds.Services, model, _pages.Page(PageKinds.Services, "Services", description, SitePaths.Services, [Home]), newest);
    }

    /// <summary>
    /// A service's page. Its parts take the page's budget in turn: the related tags, the feature groups, the timeline (up to <see cref="TimelinePreview"/> posts) and the limits, when they do not all fit, each gets
    /// a fair share (<see cref="ByteBudget.Shares"/>) and is cut to it, with a link to the rest: all features of a status, all posts, the limits index where the service's limits are.
    /// </summary>
    private PageSpec ServicePage(ServiceEntry entry)
    {
        var service = entry.Service;
        var index = new LinkView("Services", _url.Link(SitePaths.Services), _site.Catalog.Services.Count(s => s.HasPage));
        var self = new LinkView(service.Name, _url.Link(entry.SitePath));
        var budget = ByteBudget.ForPage();
        budget.Spend((4 * HtmlSize.Text(service.Name)) + HtmlSize.Text(service.Category) + service.Aliases.Sum(HtmlSize.Text) + HtmlSize.Text(service.Docs));
        var relatedTags = budget.Take(entry.RelatedTags.Select(t => new LinkView(t.Tag.Name, _url.Link(t.Tag.SitePath), t.Count)).ToList(), HtmlSize.Link, share: budget.Left / 8);
        var statuses = ServiceStatuses
            .Select(status => (Status: status, Features: entry.Features.Where(f => f.Feature.Status == status).Select(f => (View: _views.Feature(f), f.Date)).ToList(),
                Heading: $"{service.Name}: {ReleaseStatusNames.Label(status)} features"))
            .Where(g => g.Features.Count > 0)
            .ToList();
        var posts = entry.Posts.Select(_posts.Summary).ToList();
        var currentLimits = Current(entry.Limits);
        var limitViews = currentLimits.Select(_views.Limit).ToList();
        var mentionViews = entry.MentionedIn.Take(MentionedPreview).Select(_posts.PostLink).ToList();
        var shares = budget.Shares([.. statuses.Select(g => PreviewNeed(g.Features)), ByteBudget.Need(posts, HtmlSize.TimelineEntry, TimelinePreview),
            ByteBudget.Need(limitViews, HtmlSize.Limit), ByteBudget.Need(mentionViews, HtmlSize.Link)]);
        var groups = Groups(statuses, entry.SitePath, self, budget, shares);
        var timeline = budget.Take(posts, HtmlSize.TimelineEntry, TimelinePreview, shares[^3]);
        var limits = budget.Take(limitViews, HtmlSize.Limit, share: shares[^2]);
        var mentioned = budget.Take(mentionViews, HtmlSize.Link, share: shares[^1]);
        var model = new ServiceView
        {
            Name = service.Name,
            Slug = service.Slug,
            Category = service.Category,
            Aliases = service.Aliases,
            DocsUrl = service.Docs,
            FeatureCount = entry.Features.Count,
            FeatureGroups = groups,
            Limits = limits,
            LimitCount = currentLimits.Count,
            AllLimits = limits.Count < currentLimits.Count
                ? new LinkView($"All {currentLimits.Count:N0} limits of {service.Name} on the limits index", _limitPages.GetValueOrDefault(currentLimits[limits.Count].Id, _url.Link(SitePaths.Limits)), currentLimits.Count)
                : null,
            Posts = timeline,
            AllPosts = timeline.Count < entry.Posts.Count ? new LinkView($"All {entry.Posts.Count:N0} posts about {service.Name}", _url.Link(PostsFolder(entry)), entry.Posts.Count) : null,
            PostCount = entry.Posts.Count,
            MentionedIn = mentioned,
            MentionedCount = entry.MentionedIn.Count,
            RelatedTags = relatedTags,
            Index = index,
        };
        var description = $"{service.Name}: {NumberFormat.Counted(entry.Features.Count, "feature")}, {NumberFormat.Counted(entry.Limits.Count, "limit")} and {NumberFormat.Counted(entry.Posts.Count, "post")} in the catalog.";
        var page = _pages.Page(PageKinds.Service, service.Name, description, entry.SitePath, [Home, index]) with
        {
            Feeds = entry.Posts.Count > 0 ? [new LinkView(service.Name, _url.Link(SitePaths.FeedOf(entry.SitePath)))] : [],
            ChangeFeed = _changeFeeds.Contains(service.Slug) ? new LinkView($"Catalog changes: {service.Name}", _url.Link(SitePaths.ChangeFeedOf(entry.SitePath))) : null,
        };
        if (model.AllPosts is not null)
        {
            _listPages.AddRange(_lists.Pages(PageKinds.ServicePosts, $"{service.Name}: posts", PostsFolder(entry), entry.Posts, self));
        }

        return new PageSpec(entry.SitePath, PageKinds.Service, model, page, new[] { PagePlanner.Newest(entry.Posts), PagePlanner.Newest(entry.MentionedIn) }.Max());
    }

    /// <summary>The limits no later statement superseded, in the order given.</summary>
    private IReadOnlyList<LimitEntry> Current(IReadOnlyList<LimitEntry> limits)
    {
        var histories = _site.Catalog.LimitHistories;
        return histories.All.Count == 0 ? limits : limits.Where(l => histories.SupersededBy(l) is null).ToList();
    }

    private static string PostsFolder(ServiceEntry entry) => entry.SitePath + "posts/";

    /// <summary>
    /// <c>/limits/</c>, <c>limits_per_page</c> rows a page (<c>/limits/page/2/</c>, ...). Without a script each
    /// page is a plain table with a pager; with it, the first use of the filters loads every page's rows.
    /// </summary>
    private IEnumerable<PageSpec> LimitsIndex()
    {
        // Current values only: a value a later statement superseded shows on the row of the one that did.
        var limits = Current(_site.Catalog.Limits);
        // Rows of one service together, services in the order they first appear.
        var views = limits
            .GroupBy(l => l.Limit.Service ?? string.Empty, StringComparer.Ordinal)
            .SelectMany(g => g)
            .Select(_views.Limit)
            .ToList();
        var filters = Filters(
            views.Select(l => (Services: l.ServiceId.Length > 0 ? new[] { l.ServiceId } : [], l.Status, l.Day)),
            views.Select(l => l.Metric)) with { Units = UnitsJson.Html };
        var baseUnits = limits.Select(l => l.Limit.BaseUnit).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var description = $"{limits.Count} stated limits (throughput, packets per second, counts, sizes, ...) by service, each normalized and linked to its source paragraph.";
        var listPages = _paginator.Paginate(SitePaths.Limits, views, _site.Config.LimitsPerPage, HtmlSize.Limit, HtmlSize.Filters(filters) + (2 * 1024));
        var total = listPages.Count;
        var urls = listPages.Select(p => _url.Link(p.SitePath)).ToList();
        var index = new LinkView("Limits", urls[0], limits.Count);
        var dates = limits.ToDictionary(l => l.Id, l => l.Post.Post.Date, StringComparer.Ordinal);
        foreach (var listPage in listPages)
        {
            var rows = listPage.Items;
            foreach (var row in rows)
            {
                _limitPages[row.Id] = _url.Link(listPage.SitePath);
            }

            var model = new LimitsView
            {
                Total = limits.Count,
                BaseUnits = baseUnits,
                Limits = rows,
                PageUrls = total > 1 ? urls : [],
                Pager = _paginator.Pager(SitePaths.Limits, listPage) with { PreviousLabel = "← Previous", NextLabel = "Next →" },
                Filters = filters,
            };
            var newest = rows.Select(r => (DateTimeOffset?)dates[r.Id]).Max();
            var crumbs = listPage.Number > 1 ? new[] { Home, index } : [Home];
            var page = _pages.Page(PageKinds.Limits, listPage.Title("Limits"), description, listPage.SitePath, crumbs);
            yield return new PageSpec(listPage.SitePath, PageKinds.Limits, model, page, newest);
        }
    }

    /// <summary>The status board: a column per status, sharing the page's budget after the filter panel, each cut to what fits with a link to all of it.</summary>
    private PageSpec StatusBoard()
    {
        var histories = _site.Catalog.Histories;
        var board = new LinkView("Status board", _url.Link(SitePaths.Status));
        var statuses = BoardStatuses
            .Select(status => (Status: status, Features: histories.Where(h => h.Status == status).Select(h => (View: _views.Feature(h.Current, withHistory: true), h.Current.Date)).ToList(),
                Heading: $"{ReleaseStatusNames.Label(status)} features"))
            .ToList();
        var budget = ByteBudget.ForPage();
        budget.Spend(HtmlSize.Filters(Filters(statuses.SelectMany(s => s.Features).Select(f => (Services: f.View.ServiceIds.Split(' ', StringSplitOptions.RemoveEmptyEntries), f.View.Status, f.View.Day)), [])));
        var columns = Groups(statuses, SitePaths.Status, board, budget, budget.Shares([.. statuses.Select(g => PreviewNeed(g.Features))]));
        var shown = columns.SelectMany(c => c.Features).ToList();
        var model = new StatusBoardView
        {
            Columns = columns,
            Total = columns.Sum(c => c.Total),
            Unknown = histories.Count(h => h.Status == ReleaseStatus.Unknown),
            Filters = Filters(shown.Select(f => (Services: f.ServiceIds.Split(' ', StringSplitOptions.RemoveEmptyEntries), f.Status, f.Day)), []) with { Kinds = KindOptions(shown) },
        };
        var description = $"{model.Total} features by release status (planned, preview, GA, retired), newest first, with each feature's status history.";
        var newest = histories.SelectMany(h => h.Entries).Select(e => (DateTimeOffset?)e.Post.Post.Date).Max();
        var page = _pages.Page(PageKinds.Status, "Status board", description, SitePaths.Status, [Home]) with
        {
            ChangeFeed = new LinkView("Catalog changes", _url.Link(SitePaths.ChangeFeed)),
        };
        return new PageSpec(SitePaths.Status, PageKinds.Status, model, page, newest);
    }
}
