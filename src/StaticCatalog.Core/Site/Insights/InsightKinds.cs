using StaticCatalog.Diagnostics;

namespace StaticCatalog.Site.Insights;

/// <summary>Each kind of insight: its id in catalog.json and URLs, its heading, what it means, and the warning code <c>check --catalog</c> gives it.</summary>
public static class InsightKinds
{
    private static readonly Dictionary<InsightKind, (string Id, string Heading, string Meaning, string Code)> Table = new()
    {
        [InsightKind.ConflictingValues] = ("conflicting-values", "Conflicting values", "One limit stated with different values on the same day, in different posts.", DiagnosticCodes.InsightConflictingValues),
        [InsightKind.StalePreview] = ("stale-preview", "Stale previews", "In preview for longer than the site's stale_preview_months, with no GA seen.", DiagnosticCodes.InsightStalePreview),
        [InsightKind.PassedTarget] = ("passed-target", "Planned dates passed", "Planned for a date that has passed, with no preview or GA seen since.", DiagnosticCodes.InsightPassedTarget),
        [InsightKind.WentBackwards] = ("went-backwards", "Went backwards", "Stated generally available, then later in preview or planned.", DiagnosticCodes.InsightWentBackwards),
        [InsightKind.RetirementDue] = ("retirement-due", "Retirements due", "Retiring within the next six months.", DiagnosticCodes.InsightRetirementDue),
    };

    public static IReadOnlyList<InsightKind> All { get; } = Enum.GetValues<InsightKind>();

    public static string Id(InsightKind kind) => Table[kind].Id;

    public static string Heading(InsightKind kind) => Table[kind].Heading;

    public static string Meaning(InsightKind kind) => Table[kind].Meaning;

    public static string Code(InsightKind kind) => Table[kind].Code;

    public static InsightKind? FromId(string id) => Table.FirstOrDefault(k => k.Value.Id == id) is { Value.Id: not null } found ? found.Key : null;
}
