using System.Text.Json;
using System.Text.Json.Nodes;
using StaticCatalog.Checking;

namespace StaticCatalog.Tests.Support;

/// <summary>A built site's catalog.json, read for assertions; validating it is the checker's job (<see cref="CatalogSchema"/>).</summary>
public static class CatalogChecks
{
    /// <summary>The schema violations of the site's catalog.json (empty when it is valid).</summary>
    public static IReadOnlyList<SchemaViolation> SchemaViolations(string outputDirectory)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outputDirectory, "catalog.json")));
        return CatalogSchema.Violations(document.RootElement);
    }

    public static JsonNode Catalog(string outputDirectory) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(outputDirectory, "catalog.json")))!;
}
