using StaticCatalog.Catalog;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>The catalog's pages: the services index, a page per service with posts, the limits index and the status board.</summary>
public sealed class CatalogPagePlanner
{
    private static readonly ReleaseStatus[] BoardStatuses = [ReleaseStatus.Planned, ReleaseStatus.Preview, ReleaseStatus.Ga, ReleaseStatus.Retired];
    private static readonly ReleaseStatus[] ServiceStatuses = [.. BoardStatuses, ReleaseStatus.Unknown];

    // Page sizes keep every page under 150 KB of HTML on the 2,117-post corpus (a feature with its services
    // is about 1 KB of HTML): a test builds the corpus and checks the largest page.

    /// <summary>A board column or service group shows this many newest features and links to the rest.</summary>
    private const int GroupPreview = 20;

    private const int FeaturesPerPage = 100;

    /// <summary>A service's timeline shows this many newest posts and links to all of them, paginated.</summary>
    private const int TimelinePreview = 30;

    private readonly List<PageSpec> _listPages = [];
    private readonly SiteModel _site;
    private readonly PagePlanner _planner;
    private readonly CatalogViewFactory _views;
    private readonly SiteUrl _url;

    public CatalogPagePlanner(SiteModel site, PagePlanner planner, CatalogViewFactory views)
    {
        _site = site;
        _planner = planner;
        _views = views;
        _url = site.Url;
    }

    public IEnumerable<PageSpec> Plan()
    {
        yield return ServiceIndex();
        foreach (var service in _site.Catalog.Services.Where(s => s.Posts.Count > 0))
        {
            yield return ServicePage(service);
        }

        foreach (var page in LimitsIndex())
        {
            yield return page;
        }

        yield return StatusBoard();
        foreach (var page in _listPages)
        {
            yield return page;
        }
    }

    /// <summary>The group as shown on its page, and the pages listing all of it when it is long.</summary>
    /// <param name="features">The group's features, newest first, with the date of each.</param>
    private FeatureGroupView Group(ReleaseStatus status, IReadOnlyList<(FeatureView View, DateTimeOffset Date)> dated, string folder, string heading, LinkView back)
    {
        var features = dated.Select(f => f.View).ToList();
        var id = ReleaseStatusNames.Id(status);
        var label = ReleaseStatusNames.Label(status);
        if (features.Count <= GroupPreview)
        {
            return new FeatureGroupView(id, label, features, features.Count);
        }

        var listFolder = $"{folder}{id}/";
        var total = (features.Count + FeaturesPerPage - 1) / FeaturesPerPage;
        for (var number = 1; number <= total; number++)
        {
            var pageFeatures = dated.Skip((number - 1) * FeaturesPerPage).Take(FeaturesPerPage).ToList();
            var model = new FeatureListView
            {
                Heading = heading,
                Status = id,
                StatusLabel = label,
                Total = features.Count,
                Features = pageFeatures.Select(f => f.View).ToList(),
                Pager = _planner.PagerFor(listFolder, number, total),
                Back = back,
            };
            var sitePath = SitePaths.Paged(listFolder, number);
            var title = number > 1 ? $"{heading} (page {number} of {total})" : heading;
            var description = $"{heading}: {features.Count} features, newest first.";
            var page = _planner.Page("features", title, description, sitePath, [Home, back]);
            _listPages.Add(new PageSpec(sitePath, "features", "feature_list", model, page, pageFeatures.Max(f => f.Date)));
        }

        return new FeatureGroupView(id, label, features.Take(GroupPreview).ToList(), features.Count, _url.Link(listFolder));
    }

    private LinkView Home => new("Home", _url.Link(SitePaths.Home));

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
                .Select(s => new ServiceSummaryView(s.Service.Name, s.Posts.Count > 0 ? _url.Link(s.SitePath) : null, s.Posts.Count, s.Features.Count, s.Limits.Count))
                .ToList()))
            .Where(c => c.Services.Count > 0)
            .ToList();
        var model = new ServiceIndexView
        {
            Categories = categories,
            TotalServices = catalog.Services.Count,
            ServicesWithPosts = catalog.Services.Count(s => s.Posts.Count > 0),
            TotalFeatures = catalog.Features.Count,
            TotalLimits = catalog.Limits.Count,
        };
        var description = $"{model.TotalServices} services by category, with the posts, features and limits the catalog holds for each.";
        var newest = catalog.Services.Select(s => PagePlanner.Newest(s.Posts)).Max();
        return new PageSpec(SitePaths.Services, "services", "services", model, _planner.Page("services", "Services", description, SitePaths.Services, [Home]), newest);
    }

    private PageSpec ServicePage(ServiceEntry entry)
    {
        var service = entry.Service;
        var index = new LinkView("Services", _url.Link(SitePaths.Services), _site.Catalog.Services.Count(s => s.Posts.Count > 0));
        var self = new LinkView(service.Name, _url.Link(entry.SitePath));
        var groups = ServiceStatuses
            .Select(status => (status, features: entry.Features.Where(f => f.Feature.Status == status).Select(f => (_views.Feature(f), f.Date)).ToList()))
            .Where(g => g.features.Count > 0)
            .Select(g => Group(g.status, g.features, entry.SitePath, $"{service.Name}: {ReleaseStatusNames.Label(g.status)} features", self))
            .ToList();
        var model = new ServiceView
        {
            Name = service.Name,
            Slug = service.Slug,
            Category = service.Category,
            Aliases = service.Aliases,
            DocsUrl = service.Docs,
            FeatureCount = entry.Features.Count,
            FeatureGroups = groups,
            Limits = entry.Limits.Select(_views.Limit).ToList(),
            Posts = entry.Posts.Take(TimelinePreview).Select(_planner.SummaryOf).ToList(),
            AllPosts = entry.Posts.Count > TimelinePreview ? new LinkView($"All {entry.Posts.Count:N0} posts naming {service.Name}", _url.Link(PostsFolder(entry)), entry.Posts.Count) : null,
            RelatedTags = entry.RelatedTags.Select(t => new LinkView(t.Tag.Name, _url.Link(t.Tag.SitePath), t.Count)).ToList(),
            Index = index,
        };
        var description = $"{service.Name}: {PagePlanner.Count(entry.Features.Count, "feature")}, {PagePlanner.Count(entry.Limits.Count, "limit")} and {PagePlanner.Count(entry.Posts.Count, "post")} in the catalog.";
        var page = _planner.Page("service", service.Name, description, entry.SitePath, [Home, index]) with
        {
            Feeds = [new LinkView(service.Name, _url.Link(SitePaths.FeedOf(entry.SitePath)))],
        };
        if (model.AllPosts is not null)
        {
            _listPages.AddRange(_planner.ListPages("service-posts", $"{service.Name}: posts", PostsFolder(entry), entry.Posts, self));
        }

        return new PageSpec(entry.SitePath, "service", "service", model, page, PagePlanner.Newest(entry.Posts));
    }

    private static string PostsFolder(ServiceEntry entry) => entry.SitePath + "posts/";

    /// <summary>
    /// <c>/limits/</c>, <c>limits_per_page</c> rows a page (<c>/limits/page/2/</c>, ...). Without a script each
    /// page is a plain table with a pager; with it, the first use of the filters loads every page's rows.
    /// </summary>
    private IEnumerable<PageSpec> LimitsIndex()
    {
        var limits = _site.Catalog.Limits;
        // Rows of one service together, services in the order they first appear.
        var views = limits
            .GroupBy(l => l.Limit.Service ?? string.Empty, StringComparer.Ordinal)
            .SelectMany(g => g)
            .Select(_views.Limit)
            .ToList();
        var filters = Filters(
            views.Select(l => (Services: l.ServiceId.Length > 0 ? new[] { l.ServiceId } : [], l.Status, l.Day)),
            views.Select(l => l.Metric));
        var baseUnits = limits.Select(l => l.Limit.BaseUnit).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var description = $"{limits.Count} stated limits (throughput, packets per second, counts, sizes, ...) by service, each normalized and linked to its source paragraph.";
        var size = _site.Config.LimitsPerPage;
        var total = Math.Max(1, (views.Count + size - 1) / size);
        var urls = Enumerable.Range(1, total).Select(n => _url.Link(SitePaths.Paged(SitePaths.Limits, n))).ToList();
        var index = new LinkView("Limits", urls[0], limits.Count);
        var dates = limits.ToDictionary(l => l.Id, l => l.Post.Post.Date, StringComparer.Ordinal);
        for (var number = 1; number <= total; number++)
        {
            var rows = views.Skip((number - 1) * size).Take(size).ToList();
            var model = new LimitsView
            {
                Total = limits.Count,
                BaseUnits = baseUnits,
                Limits = rows,
                PageUrls = total > 1 ? urls : [],
                Pager = _planner.PagerFor(SitePaths.Limits, number, total) with { PreviousLabel = "← Previous", NextLabel = "Next →" },
                Filters = filters,
            };
            var sitePath = SitePaths.Paged(SitePaths.Limits, number);
            var title = number > 1 ? $"Limits (page {number} of {total})" : "Limits";
            var newest = rows.Select(r => (DateTimeOffset?)dates[r.Id]).Max();
            var crumbs = number > 1 ? new[] { Home, index } : [Home];
            yield return new PageSpec(sitePath, "limits", "limit_index", model, _planner.Page("limits", title, description, sitePath, crumbs), newest);
        }
    }

    private PageSpec StatusBoard()
    {
        var histories = _site.Catalog.Histories;
        var board = new LinkView("Status board", _url.Link(SitePaths.Status));
        var columns = BoardStatuses
            .Select(status => Group(status, histories.Where(h => h.Status == status).Select(h => (_views.Feature(h.Current, withHistory: true), h.Current.Date)).ToList(),
                SitePaths.Status, $"{ReleaseStatusNames.Label(status)} features", board))
            .ToList();
        var shown = columns.SelectMany(c => c.Features).ToList();
        var model = new StatusBoardView
        {
            Columns = columns,
            Total = columns.Sum(c => c.Total),
            Unknown = histories.Count(h => h.Status == ReleaseStatus.Unknown),
            Filters = Filters(shown.Select(f => (Services: f.ServiceIds.Split(' ', StringSplitOptions.RemoveEmptyEntries), f.Status, f.Day)), []),
        };
        var description = $"{model.Total} features by release status (planned, preview, GA, retired), newest first, with each feature's status history.";
        var newest = histories.SelectMany(h => h.Entries).Select(e => (DateTimeOffset?)e.Post.Post.Date).Max();
        return new PageSpec(SitePaths.Status, "status", "board", model, _planner.Page("status", "Status board", description, SitePaths.Status, [Home]), newest);
    }
}
