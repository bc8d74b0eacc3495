using System.Text.Json;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Reviewing;

/// <summary>
/// Reads the consistency report a build wrote into <c>catalog.json</c> (<c>insights.items</c>) and says, per seed,
/// which paragraphs its evidence points at: the report's "went backwards" or "stale preview" is often an extraction
/// mistake a maintainer settles in review, whatever the extractor's confidence.
/// </summary>
public static class ReportFlags
{
    /// <returns>The flags by seed path (relative to the seeds folder, as <c>posts[].source</c> gives it); null when catalog.json cannot be read (reported).</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<ReportFlag>>? Read(string siteDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(siteDirectory, "catalog.json");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            diagnostics.Add(Diagnostic.Error(path, 0, 0, DiagnosticCodes.Usage, $"the site's catalog.json cannot be read ({ex.Message}); build the site first"));
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (!root.TryGetProperty("posts", out var posts) || !root.TryGetProperty("insights", out var insights) || !insights.TryGetProperty("items", out var items))
            {
                diagnostics.Add(Diagnostic.Error(path, 0, 0, DiagnosticCodes.Usage, "catalog.json has no posts or insights.items: build the site again with this version"));
                return null;
            }

            var sources = posts.EnumerateArray().ToDictionary(p => Text(p, "id"), p => Text(p, "source"), StringComparer.Ordinal);
            var flags = new Dictionary<string, List<ReportFlag>>(StringComparer.Ordinal);
            foreach (var item in items.EnumerateArray())
            {
                foreach (var evidence in item.GetProperty("evidence").EnumerateArray())
                {
                    if (!sources.TryGetValue(Text(evidence, "post"), out var source))
                    {
                        continue;
                    }

                    var url = Text(evidence, "url");
                    var hash = url.IndexOf('#', StringComparison.Ordinal);
                    var flag = new ReportFlag(Text(item, "kind"), Text(item, "subject"), Text(item, "message"), hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]));
                    if (!flags.TryGetValue(source, out var list))
                    {
                        flags[source] = list = [];
                    }

                    if (!list.Contains(flag))
                    {
                        list.Add(flag);
                    }
                }
            }

            return flags.ToDictionary(f => f.Key, f => (IReadOnlyList<ReportFlag>)f.Value, StringComparer.Ordinal);
        }
    }

    private static string Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
