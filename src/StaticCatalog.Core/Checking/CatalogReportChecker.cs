using System.Text;
using System.Text.Json;
using StaticCatalog.Diagnostics;
using StaticCatalog.Site.Insights;
using StaticCatalog.Urls;

namespace StaticCatalog.Checking;

/// <summary>
/// <c>check --catalog</c>: reports each item of the consistency report the build wrote into <c>catalog.json</c>
/// (<c>insights.items</c>, <see cref="CatalogInsights"/>) at its line and column there, with its kind's code
/// (SC9001-SC9005): a warning, or an error with <c>--strict</c>, so that only a strict check fails on them.
/// </summary>
public static class CatalogReportChecker
{
    /// <returns>How many items were reported.</returns>
    public static int Check(SiteFiles files, bool strict, DiagnosticBag diagnostics)
    {
        if (!files.Contains(SitePaths.CatalogJson))
        {
            return 0;
        }

        var path = files.DiagnosticPath(SitePaths.CatalogJson);
        var bytes = File.ReadAllBytes(files.FullPath(SitePaths.CatalogJson));
        var utf8 = bytes.AsMemory().Span.StartsWith(Encoding.UTF8.Preamble) ? bytes.AsMemory(Encoding.UTF8.Preamble.Length) : bytes.AsMemory();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            return 0; // CatalogJsonChecker reports it.
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("insights", out var insights) || !insights.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.CatalogSchemaViolation, "catalog.json has no insights.items: build the site again with this version to get the consistency report"));
                return 0;
            }

            var asOf = insights.TryGetProperty("as_of", out var day) ? day.GetString() : null;
            var list = items.EnumerateArray().ToList();
            var positions = new JsonLocator(utf8).PositionsOf(Enumerable.Range(0, list.Count).Select(i => $"/insights/items/{i}").ToHashSet(StringComparer.Ordinal));
            for (var i = 0; i < list.Count; i++)
            {
                var item = list[i];
                var kind = InsightKinds.FromId(Text(item, "kind"));
                var code = kind is { } known ? InsightKinds.Code(known) : DiagnosticCodes.CatalogSchemaViolation;
                var heading = kind is { } named ? InsightKinds.Heading(named).ToLowerInvariant() : Text(item, "kind");
                var evidence = item.TryGetProperty("evidence", out var list2) && list2.ValueKind == JsonValueKind.Array && list2.GetArrayLength() > 0
                    ? Text(list2[0], "url")
                    : string.Empty;
                var message = $"{heading} (as of {asOf}): {Text(item, "subject")}: {Text(item, "message")}{(evidence.Length > 0 ? $"; see {evidence}" : string.Empty)}";
                var (line, column) = positions.GetValueOrDefault($"/insights/items/{i}", (1, 1));
                diagnostics.Add(strict ? Diagnostic.Error(path, line, column, code, message) : Diagnostic.Warning(path, line, column, code, message));
            }

            return list.Count;
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
