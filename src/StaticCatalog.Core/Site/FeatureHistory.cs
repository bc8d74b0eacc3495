using StaticCatalog.Catalog;

namespace StaticCatalog.Site;

/// <summary>One feature across posts: every (status, date, post) oldest first, and where it stands now.</summary>
public sealed record FeatureHistory(string Key, IReadOnlyList<FeatureEntry> Entries)
{
    /// <summary>The newest entry that states a status, else the newest entry.</summary>
    public FeatureEntry Current =>
        Entries.LastOrDefault(e => e.Feature.Status != ReleaseStatus.Unknown) ?? Entries[^1];

    public ReleaseStatus Status => Current.Feature.Status;
}
