using StaticCatalog.Catalog;

namespace StaticCatalog.Site;

/// <summary>
/// Decides which catalog items the pages show (status board, limits index, service, post, feed and search pages all
/// read the catalog this gives): curated items always; extracted features and limits when their confidence reaches
/// <c>catalog_min_confidence</c>; an extracted status below it is shown as unknown. <c>catalog.json</c> keeps every
/// item with its confidence (<see cref="SiteModel.FullCatalog"/>).
/// </summary>
public sealed class CatalogVisibility
{
    public CatalogVisibility(double minConfidence)
    {
        MinConfidence = minConfidence;
    }

    public double MinConfidence { get; }

    public bool Shows(CatalogFeature feature) => feature.Curated || feature.Confidence >= MinConfidence;

    public bool Shows(CatalogLimit limit) => limit.Curated || limit.Confidence >= MinConfidence;

    /// <summary>The status the pages show: the feature's own, or unknown when an extracted status is below the threshold.</summary>
    public ReleaseStatus ShownStatus(CatalogFeature feature) =>
        feature.Curated || feature.StatusConfidence >= MinConfidence ? feature.Status : ReleaseStatus.Unknown;

    /// <summary>
    /// The catalog the pages show: <paramref name="full"/> without the hidden items, statuses below the threshold as
    /// unknown, histories, services and per-post lists regrouped in the same order. Ids stay those of
    /// <c>catalog.json</c>. The same object when nothing changes.
    /// </summary>
    public SiteCatalog Shown(SiteCatalog full)
    {
        if (full.Features.All(f => Shows(f.Feature) && ShownStatus(f.Feature) == f.Feature.Status) && full.Limits.All(l => Shows(l.Limit)))
        {
            return full;
        }

        var features = new Dictionary<string, FeatureEntry>(StringComparer.Ordinal);
        foreach (var entry in full.Features.Where(f => Shows(f.Feature)))
        {
            var status = ShownStatus(entry.Feature);
            features[entry.Id] = status == entry.Feature.Status ? entry : entry with { Feature = entry.Feature with { Status = status } };
        }

        var shownFeatures = full.Features.Where(f => features.ContainsKey(f.Id)).Select(f => features[f.Id]).ToList();
        var shownLimits = full.Limits.Select(l => Limit(l, features)).OfType<LimitEntry>().ToList();
        var limitIds = shownLimits.ToDictionary(l => l.Id, StringComparer.Ordinal);
        return full with
        {
            Features = shownFeatures,
            Limits = shownLimits,
            Histories = CatalogAssembler.HistoriesOf(shownFeatures),
            Services = full.Services.Select(s => s with
            {
                Features = s.Features.Where(f => features.ContainsKey(f.Id)).Select(f => features[f.Id]).ToList(),
                Limits = s.Limits.Where(l => limitIds.ContainsKey(l.Id)).Select(l => limitIds[l.Id]).ToList(),
            }).ToList(),
            FeaturesByPost = CatalogAssembler.ByPost(shownFeatures, f => f.Post),
            LimitsByPost = CatalogAssembler.ByPost(shownLimits, l => l.Post),
            LimitHistories = new LimitHistories(shownLimits),
        };
    }

    /// <summary>
    /// One post's catalog as its pages show it: hidden features and limits left out, a status below the threshold as
    /// unknown; services and kind unchanged. The same object when nothing changes. <c>staticcatalog evaluate
    /// --min-confidence</c> scores this, what a reader sees.
    /// </summary>
    public PostCatalog Shown(PostCatalog catalog)
    {
        if (catalog.Features.All(f => Shows(f) && ShownStatus(f) == f.Status) && catalog.Limits.All(Shows))
        {
            return catalog;
        }

        return catalog with
        {
            Features = catalog.Features.Where(Shows).Select(f => ShownStatus(f) == f.Status ? f : f with { Status = ShownStatus(f) }).ToList(),
            Limits = catalog.Limits.Where(Shows).ToList(),
        };
    }

    /// <summary>A shown limit, pointing at its feature as shown (none when its feature is hidden); null when hidden.</summary>
    private LimitEntry? Limit(LimitEntry entry, Dictionary<string, FeatureEntry> features) =>
        !Shows(entry.Limit) ? null
        : entry.Feature is null ? entry
        : entry with { Feature = features.GetValueOrDefault(entry.Feature.Id) };
}
