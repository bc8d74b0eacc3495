namespace StaticCatalog.Site.Insights;

/// <summary>What the consistency report (<see cref="CatalogInsights"/>) finds, in the order it lists them.</summary>
public enum InsightKind
{
    /// <summary>One limit stated with different values on the same day, in different posts.</summary>
    ConflictingValues,

    /// <summary>A feature in preview for longer than <c>stale_preview_months</c> with no GA seen.</summary>
    StalePreview,

    /// <summary>A planned feature whose target date has passed with no later status seen.</summary>
    PassedTarget,

    /// <summary>A feature stated GA, then later in preview or planned.</summary>
    WentBackwards,

    /// <summary>A retirement due within the next six months.</summary>
    RetirementDue,
}
