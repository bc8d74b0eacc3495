namespace StaticCatalog.Catalog.Identity;

/// <summary>
/// When two limits of different posts are one limit stated over time, so that the later supersedes the earlier:
/// the same service, metric, base unit and scope ("per TCP flow"), and the same subject, or the same feature entity.
/// Conservative: a limit is given no key (and so no history) when it has no service, or when its metric is only
/// its unit's kind ("size", "duration", "throughput") and it belongs to no named feature: "Fabric: 100 MB" and
/// "Fabric: 2 MB" are two different figures, not a change.
/// </summary>
public static class LimitIdentity
{
    /// <summary>The metrics a figure gets from its unit alone when the sentence names nothing measured.</summary>
    private static readonly HashSet<string> UnitKindMetrics =
        Units.All.Select(u => u.Metric).Append("count").ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The history key of <paramref name="limit"/>, or null when it is too vague to have one.</summary>
    /// <param name="limit">The limit.</param>
    /// <param name="featureKey">The <see cref="FeatureIdentity"/> key of its feature, or null when it has none.</param>
    public static string? Key(CatalogLimit limit, string? featureKey)
    {
        if (limit.Service is not { } service)
        {
            return null;
        }

        // A feature key with no words beyond its service ("boost/") names the service, not a feature.
        var named = featureKey is { } key && !key.EndsWith('/');
        if (!named && UnitKindMetrics.Contains(limit.Metric))
        {
            return null;
        }

        var subject = named ? "feature:" + featureKey : "subject:" + limit.Subject.ToLowerInvariant();
        return string.Join('|', service, subject, limit.Metric.ToLowerInvariant(), limit.BaseUnit, ScopeOf(limit.Qualifier));
    }

    /// <summary>The parts of a qualifier that say what the figure is counted per ("per TCP flow"); bounds ("up to") are no scope.</summary>
    public static string ScopeOf(string? qualifier) => qualifier is null
        ? string.Empty
        : string.Join(", ", qualifier.Split(", ").Where(p => p.StartsWith("per ", StringComparison.Ordinal) || p.StartsWith("total ", StringComparison.Ordinal)));
}
