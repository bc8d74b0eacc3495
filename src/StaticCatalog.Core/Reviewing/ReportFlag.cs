namespace StaticCatalog.Reviewing;

/// <summary>One piece of evidence of an item of the catalog's consistency report, as <c>review --site</c> shows it beside the item it points at.</summary>
/// <param name="Kind">The report item's kind id (went-backwards, stale-preview, conflicting-values, ...).</param>
/// <param name="Subject">The feature or limit the report item is about.</param>
/// <param name="Message">What the report says ("GA on 22 January 2026, then preview on 23 January 2026").</param>
/// <param name="Anchor">The paragraph id the evidence links to in its post, or null for the post as a whole.</param>
public sealed record ReportFlag(string Kind, string Subject, string Message, string? Anchor)
{
    /// <summary>True for a report item about limits (conflicting values), whose evidence are limits, not features.</summary>
    public bool IsAboutLimits => Kind == "conflicting-values";
}
