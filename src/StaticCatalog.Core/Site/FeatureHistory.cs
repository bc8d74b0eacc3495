using StaticCatalog.Catalog;

namespace StaticCatalog.Site;

/// <summary>One feature across posts: every (status, date, post) oldest first, and where it stands now.</summary>
public sealed record FeatureHistory(string Key, IReadOnlyList<FeatureEntry> Entries)
{
    /// <summary>
    /// What makes mentions in different posts one feature: its first service and its lower-cased name without
    /// a leading "(Microsoft) Azure", spaces or punctuation ("private-link/privatelinkdirectconnect").
    /// The change report matches features across builds by the same key.
    /// </summary>
    public static string KeyOf(IEnumerable<string> services, string name) =>
        $"{services.FirstOrDefault()}/{FeatureFinder.Key(name)}";

    /// <summary>The newest entry that states a status, else the newest entry.</summary>
    public FeatureEntry Current =>
        Entries.LastOrDefault(e => e.Feature.Status != ReleaseStatus.Unknown) ?? Entries[^1];

    public ReleaseStatus Status => Current.Feature.Status;
}
