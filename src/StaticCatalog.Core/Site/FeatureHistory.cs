using StaticCatalog.Catalog;
using StaticCatalog.Formatting;
using StaticCatalog.Urls;

namespace StaticCatalog.Site;

/// <summary>
/// One feature across posts (an entity): every (status, date, post) oldest first, and where it stands now.
/// <paramref name="Key"/> is the <see cref="Catalog.Identity.FeatureIdentity"/> key its entries share.
/// </summary>
public sealed record FeatureHistory(string Key, IReadOnlyList<FeatureEntry> Entries)
{
    /// <summary>The newest entry that states a status, else the newest entry (found once: pages ask for it per feature).</summary>
    public FeatureEntry Current { get; } = Entries.LastOrDefault(e => e.Feature.Status != ReleaseStatus.Unknown) ?? Entries[^1];

    public ReleaseStatus Status => Current.Feature.Status;

    /// <summary>The entity's id in catalog.json and its page's folder (<see cref="FeatureEntry.EntityId"/>).</summary>
    public string Id => Entries[0].EntityId;

    /// <summary>What the entity is called: the name of <see cref="Current"/>.</summary>
    public string Name => Current.Feature.Name;

    /// <summary>
    /// True when it is seen in more than one post on more than one day: it then has a page of its own, with its
    /// history. Mentions of one day are no history (a roundup and the announcement it links), and the status board
    /// already lists them together.
    /// </summary>
    public bool HasPage { get; } =
        Entries.Skip(1).Any(e => !ReferenceEquals(e.Post, Entries[0].Post))
        && Entries.Select(e => DateFormat.Day(e.Date)).Distinct(StringComparer.Ordinal).Skip(1).Any();

    /// <summary>Its page (<c>features/&lt;id&gt;/</c>); only there when <see cref="HasPage"/>.</summary>
    public string SitePath => SitePaths.Entity(Id);
}
