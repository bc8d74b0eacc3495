using StaticCatalog.Diagnostics;

namespace StaticCatalog.Changes;

/// <summary>
/// What <c>build --compare-to</c> produces: the Markdown report, its one-line summary for the console, and
/// the warning to report when the previous catalog could not be read (SC7001).
/// </summary>
public sealed record CatalogChangeReport(string Markdown, string Summary, Diagnostic? Warning)
{
    /// <summary>Compares the catalog at <paramref name="previousLocation"/> (file, site folder or URL) with the new <c>catalog.json</c>.</summary>
    public static CatalogChangeReport Create(string previousLocation, ReadOnlyMemory<byte> currentCatalogJson)
    {
        var previous = PreviousCatalogReader.Read(previousLocation);
        if (!previous.IsRead)
        {
            return new CatalogChangeReport(ChangeReportRenderer.RenderUnreadable(previous), "the previous catalog could not be read", previous.ToDiagnostic());
        }

        var changes = CatalogComparer.Compare(previous.Catalog, CatalogSnapshotParser.Parse(currentCatalogJson));
        var summary = changes.IsEmpty ? "no changes" : ChangeReportRenderer.Summary(changes);
        return new CatalogChangeReport(ChangeReportRenderer.Render(changes, previous.Location), summary, null);
    }
}
