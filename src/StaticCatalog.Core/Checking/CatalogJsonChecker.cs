using System.Text;
using System.Text.Json;
using StaticCatalog.Diagnostics;
using StaticCatalog.Urls;

namespace StaticCatalog.Checking;

/// <summary>
/// Checks <c>catalog.json</c>: it parses and validates against the shipped schema (SC6007 at the line and
/// column of the offending value), and every <c>url</c> (and <c>$schema</c>) in it that is on the site leads to
/// a file (SC6001) and, for a feature's or limit's <c>#anchor</c>, to an element of that page (SC6002).
/// </summary>
public static class CatalogJsonChecker
{
    public const string File = SitePaths.CatalogJson;

    private static readonly HashSet<string> LinkProperties = new(StringComparer.Ordinal) { "url", "$schema" };

    public static void Check(SiteFiles files, LinkChecker links, DiagnosticBag diagnostics)
    {
        if (!files.Contains(File))
        {
            return;
        }

        var path = files.DiagnosticPath(File);
        var bytes = System.IO.File.ReadAllBytes(files.FullPath(File));
        var utf8 = bytes.AsMemory().Span.StartsWith(Encoding.UTF8.Preamble) ? bytes.AsMemory(Encoding.UTF8.Preamble.Length) : bytes.AsMemory();
        var locator = new JsonLocator(utf8);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException error)
        {
            var (line, column) = PositionOf(error, locator);
            diagnostics.Add(Diagnostic.Error(path, line, column, DiagnosticCodes.CatalogSchemaViolation, $"catalog.json is not valid JSON: {MessageOf(error)}"));
            return;
        }

        using (document)
        {
            var violations = CatalogSchema.Violations(document.RootElement);
            var positions = locator.PositionsOf(violations.Select(v => v.InstanceLocation).ToHashSet(StringComparer.Ordinal));
            foreach (var violation in violations)
            {
                var (line, column) = positions.GetValueOrDefault(violation.InstanceLocation);
                diagnostics.Add(Diagnostic.Error(path, line, column, DiagnosticCodes.CatalogSchemaViolation, $"does not match catalog.schema.json at {violation}"));
            }
        }

        var documentPath = links.Resolver.DocumentPath(File);
        foreach (var url in locator.StringsNamed(LinkProperties))
        {
            links.Check(new SourceLocation(File, url.Line, url.Column), url.Value, documentPath);
        }
    }

    /// <summary>JsonException counts lines from 0 and bytes in the line from 0.</summary>
    private static (int Line, int Column) PositionOf(JsonException error, JsonLocator locator) =>
        error.LineNumber is { } line && error.BytePositionInLine is { } bytes ? locator.PositionOf((int)line, bytes) : (0, 0);

    private static string MessageOf(JsonException error)
    {
        var cut = error.Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? error.Message[..cut] : error.Message;
    }
}
