using System.Globalization;
using StaticCatalog.Catalog;
using StaticCatalog.Formatting;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Site;
using StaticCatalog.Site.Insights;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>Builds the views of features and limits that post, service, limits and status pages share.</summary>
public sealed class CatalogViewFactory
{
    private readonly SiteUrl _url;
    private readonly Dictionary<string, Service> _services;
    private readonly Dictionary<string, FeatureHistory> _histories;
    private readonly LimitHistories _limitHistories;

    public CatalogViewFactory(SiteModel site)
    {
        _url = site.Url;
        _services = site.Catalog.Services.ToDictionary(s => s.Service.Slug, s => s.Service, StringComparer.Ordinal);
        _histories = site.Catalog.Histories.ToDictionary(h => h.Key, StringComparer.Ordinal);
        _limitHistories = site.Catalog.LimitHistories;
    }

    public LinkView ServiceLink(string slug) =>
        _services.TryGetValue(slug, out var service)
            ? new LinkView(service.Name, _url.Link(SitePaths.Service(slug)))
            : new LinkView(slug, _url.Link(SitePaths.Services));

    /// <param name="entry">The feature.</param>
    /// <param name="withHistory">Add the feature's statuses in other posts when there are any.</param>
    public FeatureView Feature(FeatureEntry entry, bool withHistory = false)
    {
        var entity = _histories.GetValueOrDefault(entry.HistoryKey);
        var history = withHistory && entity is { Entries.Count: > 1 }
            ? entity.Entries.Select(e => Feature(e)).ToList()
            : [];
        return new FeatureView
        {
            Id = entry.Id,
            Name = entry.Feature.Name,
            Status = ReleaseStatusNames.Id(entry.Feature.Status),
            StatusLabel = ReleaseStatusNames.Label(entry.Feature.Status),
            DateIso = DateFormat.Iso(entry.Date),
            DateDisplay = DateFormat.Display(entry.Date),
            Services = entry.Feature.Services.Select(ServiceLink).ToList(),
            ServiceIds = string.Join(' ', entry.Feature.Services),
            CategoryIds = string.Join(' ', entry.Feature.Services.Select(CategoryId).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)),
            Day = DateFormat.Day(entry.Date),
            Kind = PostKindNames.Id(entry.Post.Post.Catalog.Kind),
            PostTitle = entry.Post.Post.Title,
            SourceUrl = SourceUrl(entry.Post, entry.Feature.Anchor),
            Evidence = entry.Feature.Evidence,
            Curated = entry.Feature.Curated,
            CuratedLabel = CurationLabel.Label(entry.Feature.Review),
            CuratedNote = CurationLabel.Note(entry.Feature.Review),
            History = history,
            EntityUrl = entity is { HasPage: true } ? _url.Link(entity.SitePath) : string.Empty,
        };
    }

    /// <summary>A limit's row: with the earlier values of the same limit when it is current, or what superseded it.</summary>
    public LimitView Limit(LimitEntry entry)
    {
        var limit = entry.Limit;
        var date = entry.Feature?.Date ?? entry.Post.Post.Date;
        var history = _limitHistories.Of(entry);
        var laterId = history?.SupersededBy(entry);
        var earlier = history is { Changed: true } && laterId is null
            ? EarlierValues(history, entry).Select(Step).ToList()
            : [];
        return new LimitView
        {
            Earlier = earlier,
            SupersededBy = laterId is null ? null : Step(history!.Entries.First(e => e.Id == laterId)),
            Id = entry.Id,
            Service = limit.Service is null ? null : ServiceLink(limit.Service),
            ServiceId = limit.Service ?? string.Empty,
            CategoryId = limit.Service is null ? string.Empty : CategoryId(limit.Service),
            Day = DateFormat.Day(date),
            Feature = limit.Feature,
            Subject = limit.Subject,
            Metric = limit.Metric,
            Value = NumberFormat.Decimal(limit.Value),
            Unit = limit.Unit,
            ValueDisplay = LimitFormat.Stated(limit),
            NormalizedValue = limit.Normalized.ToString(CultureInfo.InvariantCulture),
            NormalizedDisplay = LimitFormat.Normalized(limit),
            BaseUnit = limit.BaseUnit,
            Qualifier = limit.Qualifier,
            Status = ReleaseStatusNames.Id(entry.Status),
            StatusLabel = ReleaseStatusNames.Label(entry.Status),
            DateIso = DateFormat.Iso(date),
            DateDisplay = DateFormat.Display(date),
            PostTitle = entry.Post.Post.Title,
            SourceUrl = SourceUrl(entry.Post, limit.Anchor),
            Evidence = limit.Evidence,
            Curated = limit.Curated,
            CuratedLabel = CurationLabel.Label(limit.Review),
            CuratedNote = CurationLabel.Note(limit.Review),
        };
    }

    /// <summary>The statements before <paramref name="entry"/> that changed the value: the first of each run of one value, none of its own.</summary>
    private static IEnumerable<LimitEntry> EarlierValues(LimitHistory history, LimitEntry entry)
    {
        decimal? last = null;
        foreach (var step in history.Entries.TakeWhile(e => e.Id != entry.Id))
        {
            if (step.Limit.Normalized != last && step.Limit.Normalized != entry.Limit.Normalized)
            {
                yield return step;
            }

            last = step.Limit.Normalized;
        }
    }

    /// <summary>A statement an insight or retirement rests on, linked to its paragraph.</summary>
    public EvidenceView Evidence(InsightEvidence evidence) => new()
    {
        Label = evidence.Label,
        DateIso = DateFormat.Iso(evidence.Date),
        DateDisplay = DateFormat.Display(evidence.Date),
        PostTitle = evidence.Post.Post.Title,
        SourceUrl = SourceUrl(evidence.Post, evidence.Anchor),
    };

    /// <summary>Planned against actual for a feature's page, counted from <paramref name="asOf"/>; null when no mention plans it with a date.</summary>
    public PlanView? Plan(FeatureHistory history, DateOnly asOf)
    {
        if (PlanOutcome.Of(history) is not { } outcome)
        {
            return null;
        }

        var (text, id) = outcome.SlipDays switch
        {
            { } days when days > 0 => ($"{NumberFormat.Counted(days, "day")} late", "late"),
            { } days when days < 0 => ($"{NumberFormat.Counted(-days, "day")} early", "early"),
            { } => ("on time", "on-time"),
            null when outcome.Passed(asOf) => ("not seen yet; the date has passed", "overdue"),
            null => ("not due yet", "pending"),
        };
        return new PlanView
        {
            Due = CatalogInsights.Due(outcome.Target),
            DueIso = DateFormat.Day(outcome.Target.Date),
            Planned = Evidence(Mention(outcome.Plan)),
            Arrived = outcome.Arrival is { } arrival ? Evidence(Mention(arrival)) : null,
            Outcome = text,
            OutcomeId = id,
        };
    }

    private static InsightEvidence Mention(FeatureEntry entry) =>
        new(ReleaseStatusNames.Label(entry.Feature.Status), entry.Post, entry.Feature.Anchor, entry.Date);

    private LimitStepView Step(LimitEntry entry) => new()
    {
        ValueDisplay = LimitFormat.Stated(entry.Limit),
        DateIso = DateFormat.Iso(entry.Date),
        DateDisplay = DateFormat.Display(entry.Date),
        PostTitle = entry.Post.Post.Title,
        SourceUrl = SourceUrl(entry.Post, entry.Limit.Anchor),
        Former = entry.FormerOf is not null,
    };

    /// <summary>The slug of a service's category ("networking"), or empty for an unknown service.</summary>
    public string CategoryId(string serviceSlug) =>
        _services.TryGetValue(serviceSlug, out var service) ? Slugifier.Slugify(service.Category) : string.Empty;

    public string? CategoryName(string serviceSlug) => _services.TryGetValue(serviceSlug, out var service) ? service.Category : null;

    /// <summary>The post page, with the source block's anchor when there is one.</summary>
    public string SourceUrl(SitePost post, string? anchor) =>
        _url.Link(post.SitePath) + (anchor is null ? string.Empty : "#" + anchor);
}
