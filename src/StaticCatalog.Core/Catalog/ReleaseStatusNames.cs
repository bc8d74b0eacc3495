namespace StaticCatalog.Catalog;

/// <summary>The lower-case names statuses have in front matter, catalog.json and CSS classes, and their labels on pages.</summary>
public static class ReleaseStatusNames
{
    public static string Id(ReleaseStatus status) => status switch
    {
        ReleaseStatus.Planned => "planned",
        ReleaseStatus.Preview => "preview",
        ReleaseStatus.Ga => "ga",
        ReleaseStatus.Retired => "retired",
        _ => "unknown",
    };

    public static string Label(ReleaseStatus status) => status switch
    {
        ReleaseStatus.Planned => "Planned",
        ReleaseStatus.Preview => "Preview",
        ReleaseStatus.Ga => "GA",
        ReleaseStatus.Retired => "Retired",
        _ => "Unknown",
    };

    public static bool TryParse(string? text, out ReleaseStatus status)
    {
        status = text?.Trim().ToLowerInvariant() switch
        {
            "planned" => ReleaseStatus.Planned,
            "preview" => ReleaseStatus.Preview,
            "ga" => ReleaseStatus.Ga,
            "retired" => ReleaseStatus.Retired,
            "unknown" => ReleaseStatus.Unknown,
            _ => (ReleaseStatus)(-1),
        };
        return Enum.IsDefined(status);
    }
}
