namespace StaticCatalog.Catalog.Review;

/// <summary>
/// Puts a post's review decisions over what the extractor found in it, so they apply again after every
/// re-extraction. A decision finds its item by label (<see cref="ReviewLabels"/>); one that finds none (the
/// extractor now words the item a little differently) takes the item that is plainly the same: a feature whose name
/// comes to the same <see cref="FeatureFinder.Key"/>, a limit with the same figure and metric. Then a rejected item is
/// left out; an accepted or corrected one is shown as the decision gives it, curated, with the paragraph the extractor
/// found it in. An accepted or corrected item the extractor no longer finds at all is still shown as the maintainer
/// left it (without a paragraph to link); a rejection that finds nothing leaves nothing out.
/// </summary>
public static class ReviewApplier
{
    public static PostCatalog Apply(PostCatalog catalog, ReviewFile review)
    {
        if (review.Decisions.Count == 0)
        {
            return catalog;
        }

        var (featureDecisions, limitDecisions) = Cover(catalog, review);
        var used = featureDecisions.Values.Concat(limitDecisions.Values).ToHashSet(ReferenceEqualityComparer.Instance);

        var features = new List<CatalogFeature>();
        for (var i = 0; i < catalog.Features.Count; i++)
        {
            var feature = catalog.Features[i];
            if (!featureDecisions.TryGetValue(i, out var decision))
            {
                features.Add(feature);
            }
            else if (decision.Feature is { } shown)
            {
                features.Add(Overlay(feature, shown, decision.Decision));
            }
        }

        var limits = new List<CatalogLimit>();
        for (var i = 0; i < catalog.Limits.Count; i++)
        {
            var limit = catalog.Limits[i];
            if (!limitDecisions.TryGetValue(i, out var decision))
            {
                limits.Add(limit);
            }
            else if (decision.Limit is { } shown)
            {
                limits.Add(Overlay(limit, shown, decision.Decision));
            }
        }

        foreach (var decision in review.Decisions.Where(d => !used.Contains(d)))
        {
            // A feature the post already shows by that name (its catalog: block, another decision) is not shown twice.
            if (decision.Feature is { } shown && features.Exists(f => FeatureFinder.Key(f.Name) == FeatureFinder.Key(shown.Name)))
            {
                continue;
            }

            if (decision.Feature is { } feature)
            {
                features.Add(feature with { Services = feature.Services.Count > 0 ? feature.Services : catalog.Services, Anchor = null, Review = decision.Decision });
            }
            else if (decision.Limit is { } limit)
            {
                limits.Add(limit with { Anchor = null, Review = decision.Decision });
            }
        }

        return catalog with { Features = features, Limits = limits };
    }

    /// <summary>The decision that covers each extracted feature and limit, by its index in the post's catalog.</summary>
    public static (IReadOnlyDictionary<int, ReviewDecision> Features, IReadOnlyDictionary<int, ReviewDecision> Limits) Cover(PostCatalog catalog, ReviewFile review) =>
        (Match(catalog.Features, review, ReviewItemKind.Feature, f => f.Curated, ReviewLabels.Of, SameFeature),
         Match(catalog.Limits, review, ReviewItemKind.Limit, l => l.Curated, ReviewLabels.Of, SameLimit));

    /// <summary>Which decision covers each extracted item, by index: by label first, then, for a decision left over, the one undecided item that is plainly the same.</summary>
    private static Dictionary<int, ReviewDecision> Match<T>(IReadOnlyList<T> items, ReviewFile review, ReviewItemKind kind, Func<T, bool> curated, Func<T, string> label, Func<T, ReviewDecision, bool> same)
    {
        var byIndex = new Dictionary<int, ReviewDecision>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!curated(items[i]) && review.For(kind, label(items[i])) is { } decision)
            {
                byIndex[i] = decision;
            }
        }

        var matched = byIndex.Values.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var decision in review.Decisions.Where(d => d.Kind == kind && !matched.Contains(d)))
        {
            // Only an item that alone fits: of two look-alikes, the decision could land on the wrong one.
            var candidates = Enumerable.Range(0, items.Count).Where(i => !byIndex.ContainsKey(i) && !curated(items[i]) && same(items[i], decision)).Take(2).ToList();
            if (candidates.Count == 1)
            {
                byIndex[candidates[0]] = decision;
            }
        }

        return byIndex;
    }

    private static bool SameFeature(CatalogFeature extracted, ReviewDecision decision)
    {
        var key = FeatureFinder.Key(extracted.Name);
        return key.Length > 0 && (key == FeatureFinder.Key(decision.Item) || (decision.Feature is { } shown && key == FeatureFinder.Key(shown.Name)));
    }

    /// <summary>
    /// A limit decision's item is known again only from what it kept: the same metric, and the same sentence (a
    /// corrected figure differs from the extracted one) or the same figure of the same subject.
    /// </summary>
    private static bool SameLimit(CatalogLimit extracted, ReviewDecision decision) =>
        decision.Limit is { } shown
        && string.Equals(extracted.Metric, shown.Metric, StringComparison.OrdinalIgnoreCase)
        && (string.Equals(extracted.Evidence, shown.Evidence, StringComparison.Ordinal)
            || (extracted.Normalized == shown.Normalized && extracted.BaseUnit == shown.BaseUnit
                && FeatureFinder.Key(extracted.Subject) == FeatureFinder.Key(shown.Subject)));

    /// <summary>The decision's fields, where the extractor found the item: its paragraph, evidence and dates.</summary>
    private static CatalogFeature Overlay(CatalogFeature extracted, CatalogFeature shown, ReviewDecisionKind decision) => extracted with
    {
        Name = shown.Name,
        Status = shown.Status,
        Services = shown.Services.Count > 0 ? shown.Services : extracted.Services,
        Curated = true,
        Confidence = 1,
        StatusConfidence = 1,
        Target = shown.Status is ReleaseStatus.Planned or ReleaseStatus.Retired ? extracted.Target : null,
        Review = decision,
    };

    private static CatalogLimit Overlay(CatalogLimit extracted, CatalogLimit shown, ReviewDecisionKind decision) => extracted with
    {
        Service = shown.Service,
        Feature = shown.Feature,
        Subject = shown.Subject,
        Metric = shown.Metric,
        Value = shown.Value,
        Unit = shown.Unit,
        Normalized = shown.Normalized,
        BaseUnit = shown.BaseUnit,
        Qualifier = shown.Qualifier,
        Curated = true,
        Confidence = 1,
        Former = shown.Normalized == extracted.Normalized && shown.BaseUnit == extracted.BaseUnit ? extracted.Former : null,
        Review = decision,
    };
}
