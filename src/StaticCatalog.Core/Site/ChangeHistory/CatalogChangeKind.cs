namespace StaticCatalog.Site.ChangeHistory;

/// <summary>
/// What a <see cref="CatalogChange"/> is. A new kind is one member here, its row in <see cref="CatalogChangeKinds"/>
/// and the case of <see cref="CatalogChangeFinder"/> that finds it.
/// </summary>
public enum CatalogChangeKind
{
    /// <summary>A feature entity's first mention.</summary>
    NewFeature,

    /// <summary>A later mention stating another known status than the entity's last stated one.</summary>
    StatusChange,

    /// <summary>A limit a post states.</summary>
    NewLimit,

    /// <summary>A limit stated with another value than its last statement (or than the value the post says it had).</summary>
    ChangedLimit,
}
