using System.Text;
using System.Text.Json;
using Json.Schema;
using StaticCatalog.Rendering;

namespace StaticCatalog.Checking;

/// <summary>
/// The <c>catalog.schema.json</c> shipped in the assembly, built once: JsonSchema.Net registers a schema under
/// its <c>$id</c> for the whole process, so building it a second time fails.
/// </summary>
public static class CatalogSchema
{
    private const int LongestValueShown = 80;

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(Text()));

    /// <summary>Every way <paramref name="catalog"/> fails the schema, in document order; empty when it is valid.</summary>
    public static IReadOnlyList<SchemaViolation> Violations(JsonElement catalog)
    {
        var results = Schema.Value.Evaluate(catalog, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var violations = new List<SchemaViolation>();
        Collect(results, catalog, violations);
        return violations.Distinct().ToList();
    }

    /// <summary>
    /// Errors of failing nodes only: a branch of a <c>oneOf</c> or <c>anyOf</c> that passed as a whole also fails
    /// inside, and its errors are not the document's.
    /// </summary>
    private static void Collect(EvaluationResults node, JsonElement catalog, List<SchemaViolation> violations)
    {
        if (node.IsValid)
        {
            return;
        }

        if (node.Errors is { Count: > 0 } errors)
        {
            var location = node.InstanceLocation.ToString();
            var value = ShortValue(node.InstanceLocation.Evaluate(catalog));
            violations.AddRange(errors.Select(error => new SchemaViolation(location, error.Key, error.Value, value)));
        }

        foreach (var detail in node.Details ?? [])
        {
            Collect(detail, catalog, violations);
        }
    }

    private static string? ShortValue(JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Array) } scalar && scalar.GetRawText() is { Length: <= LongestValueShown } text
            ? text
            : null;

    private static string Text()
    {
        var bytes = CatalogJson.Schema();
        var preamble = Encoding.UTF8.Preamble;
        return Encoding.UTF8.GetString(bytes.AsSpan().StartsWith(preamble) ? bytes.AsSpan(preamble.Length) : bytes);
    }
}
