using System.Globalization;
using StaticCatalog.Catalog;
using StaticCatalog.Formatting;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>Builds the views of features and limits that post, service, limits and status pages share.</summary>
public sealed class CatalogViewFactory
{
    private readonly SiteUrl _url;
    private readonly Dictionary<string, Service> _services;
    private readonly Dictionary<string, FeatureHistory> _histories;

    public CatalogViewFactory(SiteModel site)
    {
        _url = site.Url;
        _services = site.Catalog.Services.ToDictionary(s => s.Service.Slug, s => s.Service, StringComparer.Ordinal);
        _histories = site.Catalog.Histories.ToDictionary(h => h.Key, StringComparer.Ordinal);
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
            History = history,
            EntityUrl = entity is { HasPage: true } ? _url.Link(entity.SitePath) : string.Empty,
        };
    }

    public LimitView Limit(LimitEntry entry)
    {
        var limit = entry.Limit;
        var date = entry.Feature?.Date ?? entry.Post.Post.Date;
        return new LimitView
        {
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
        };
    }

    /// <summary>The slug of a service's category ("networking"), or empty for an unknown service.</summary>
    public string CategoryId(string serviceSlug) =>
        _services.TryGetValue(serviceSlug, out var service) ? Slugifier.Slugify(service.Category) : string.Empty;

    public string? CategoryName(string serviceSlug) => _services.TryGetValue(serviceSlug, out var service) ? service.Category : null;

    /// <summary>The post page, with the source block's anchor when there is one.</summary>
    public string SourceUrl(SitePost post, string? anchor) =>
        _url.Link(post.SitePath) + (anchor is null ? string.Empty : "#" + anchor);
}
