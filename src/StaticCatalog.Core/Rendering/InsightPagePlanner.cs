using StaticCatalog.Formatting;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Site;
using StaticCatalog.Site.Insights;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>
/// The catalog's report pages: <c>/insights/</c> (the consistency report, <see cref="CatalogInsights"/>) and
/// <c>/retirements/</c> (retired and retiring features, soonest first, with <c>retirements.ics</c>).
/// </summary>
public sealed class InsightPagePlanner
{
    /// <summary>A kind's section shows this many items; the rest are counted, and all are in catalog.json.</summary>
    private const int GroupCap = 200;

    /// <summary>Each part of the retirements page shows this many.</summary>
    private const int RetirementCap = 300;

    private readonly SiteModel _site;
    private readonly PageViewFactory _pages;
    private readonly CatalogViewFactory _views;
    private readonly SiteUrl _url;

    public InsightPagePlanner(SiteModel site, PageViewFactory pages, CatalogViewFactory views)
    {
        _site = site;
        _pages = pages;
        _views = views;
        _url = site.Url;
    }

    public IEnumerable<PageSpec> Plan()
    {
        yield return Insights();
        yield return Retirements();
    }

    private PageSpec Insights()
    {
        var asOf = CatalogInsights.AsOfDay(_site);
        var insights = CatalogInsights.Of(_site);
        var groups = InsightKinds.All.Select(kind =>
        {
            var items = insights.Where(i => i.Kind == kind).ToList();
            return new InsightGroupView
            {
                Id = InsightKinds.Id(kind),
                Heading = InsightKinds.Heading(kind),
                Meaning = InsightKinds.Meaning(kind),
                Total = items.Count,
                Items = items.Take(GroupCap).Select(Item).ToList(),
            };
        }).ToList();
        var model = new InsightsView
        {
            AsOfIso = DateFormat.Day(asOf),
            AsOfDisplay = DateFormat.Display(asOf),
            AsOfGiven = _site.Config.AsOf is not null,
            StalePreviewMonths = _site.Config.StalePreviewMonths,
            Total = insights.Count,
            Groups = groups,
            CatalogJsonUrl = _url.Link(SitePaths.CatalogJson),
            RetirementsUrl = _url.Link(SitePaths.Retirements),
        };
        var counts = string.Join(", ", groups.Where(g => g.Total > 0).Select(g => $"{g.Total} {g.Heading.ToLowerInvariant()}"));
        var description = $"The catalog's consistency report as of {DateFormat.Display(asOf)}: {(counts.Length > 0 ? counts : "nothing found")}.";
        var page = _pages.Page(PageKinds.Insights, "Insights", description, SitePaths.Insights, [_pages.Home]);
        return new PageSpec(SitePaths.Insights, PageKinds.Insights, model, page, Newest());
    }

    private InsightView Item(CatalogInsight insight) => new()
    {
        Subject = insight.Subject,
        SubjectUrl = insight.Entity is { HasPage: true } entity ? _url.Link(entity.SitePath) : _views.SourceUrl(insight.Evidence[0].Post, insight.Evidence[0].Anchor),
        Message = insight.Message,
        DateIso = DateFormat.Day(insight.Date),
        Services = insight.Services.Select(_views.ServiceLink).ToList(),
        Evidence = insight.Evidence.Select(_views.Evidence).ToList(),
    };

    private PageSpec Retirements()
    {
        var asOf = CatalogInsights.AsOfDay(_site);
        var all = RetirementList.Of(_site);
        var model = new RetirementsView
        {
            AsOfIso = DateFormat.Day(asOf),
            AsOfDisplay = DateFormat.Display(asOf),
            Upcoming = all.Where(r => r.Target is { } t && t.Date >= asOf).Take(RetirementCap).Select(Retirement).ToList(),
            Past = all.Where(r => r.Target is { } t && t.Date < asOf).Take(RetirementCap).Select(Retirement).ToList(),
            Undated = all.Where(r => r.Target is null).Take(RetirementCap).Select(Retirement).ToList(),
            CalendarUrl = _url.Link(SitePaths.RetirementsCalendar),
            InsightsUrl = _url.Link(SitePaths.Insights),
        };
        var due = model.Upcoming.Count;
        var description = $"Retired and retiring features, soonest first: {NumberFormat.Counted(due, "retirement")} due after {DateFormat.Display(asOf)}, with a calendar to subscribe to.";
        var page = _pages.Page(PageKinds.Retirements, "Retirements", description, SitePaths.Retirements, [_pages.Home]);
        return new PageSpec(SitePaths.Retirements, PageKinds.Retirements, model, page, Newest());
    }

    private RetirementView Retirement(Retirement retirement)
    {
        var entry = retirement.Entry;
        return new RetirementView
        {
            Name = retirement.History.Name,
            Url = retirement.History.HasPage ? _url.Link(retirement.History.SitePath) : _views.SourceUrl(entry.Post, entry.Feature.Anchor),
            Day = retirement.Target is { } target ? DateFormat.Day(target.Date) : string.Empty,
            DateDisplay = retirement.Target is { } shown ? DateFormat.Display(shown.Date) : string.Empty,
            DateText = retirement.Target?.Text ?? string.Empty,
            Services = retirement.History.Entries.SelectMany(e => e.Feature.Services).Distinct(StringComparer.Ordinal).Select(_views.ServiceLink).ToList(),
            Evidence = _views.Evidence(new InsightEvidence("Retired", entry.Post, entry.Feature.Anchor, entry.Date)),
            EvidenceText = entry.Feature.Evidence,
        };
    }

    /// <summary>The newest post's date: the pages change when the catalog does.</summary>
    private DateTimeOffset? Newest() => _site.Posts.Count == 0 ? null : _site.Posts.Max(p => p.Post.Date);
}
