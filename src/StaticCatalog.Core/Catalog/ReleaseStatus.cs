namespace StaticCatalog.Catalog;

/// <summary>Where a feature is in its life, as a post states it. Ordered as a feature moves through them.</summary>
public enum ReleaseStatus
{
    Unknown,
    Planned,
    Preview,
    Ga,
    Retired,
}
