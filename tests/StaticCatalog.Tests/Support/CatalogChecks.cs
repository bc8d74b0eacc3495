using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Json.Schema;

namespace StaticCatalog.Tests.Support;

/// <summary>Checks on a built site's catalog: catalog.json against the shipped schema, and anchored links that must land on an element.</summary>
public static class CatalogChecks
{
    private static readonly HtmlParser Parser = new();

    // The library registers a schema under its $id globally, so each distinct text is parsed once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Schemas = new(StringComparer.Ordinal);

    /// <summary>The schema errors of the site's catalog.json (empty when it is valid).</summary>
    public static IReadOnlyList<string> SchemaErrors(string outputDirectory)
    {
        var text = File.ReadAllText(Path.Combine(outputDirectory, "catalog.schema.json"));
        var schema = Schemas.GetOrAdd(text, t => new Lazy<JsonSchema>(() => JsonSchema.FromText(t))).Value;
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(outputDirectory, "catalog.json")));
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .Take(20)
                .ToList();
    }

    public static JsonNode Catalog(string outputDirectory) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(outputDirectory, "catalog.json")))!;

    /// <summary>
    /// Every link with a fragment, on the given pages and in <paramref name="extraLinks"/>, whose page does not
    /// exist or has no element with that id, as "source -> link".
    /// </summary>
    public static IReadOnlyList<string> BrokenAnchors(string outputDirectory, string basePath, IEnumerable<string> pages, IEnumerable<string> extraLinks)
    {
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? IdsOf(string file)
        {
            if (!File.Exists(file))
            {
                return null;
            }

            if (!ids.TryGetValue(file, out var set))
            {
                var document = Parser.ParseDocument(File.ReadAllText(file));
                ids[file] = set = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            }

            return set;
        }

        var links = pages
            .SelectMany(page => SiteLinks.Of(File.ReadAllText(Path.Combine(outputDirectory, page))).Select(link => (Source: page, Link: link)))
            .Concat(extraLinks.Select(link => (Source: "catalog.json", Link: link)))
            .Where(l => l.Link.Contains('#', StringComparison.Ordinal))
            .Distinct()
            .ToList();
        var broken = new List<string>();
        foreach (var (source, link) in links)
        {
            var fragment = Uri.UnescapeDataString(link.Split('#', 2)[1]);
            var path = link.Split('#', 2)[0];
            var file = path.Length == 0
                ? Path.Combine(outputDirectory, source)
                : SiteLinks.Resolve(outputDirectory, basePath, ToPath(path, basePath), out _);
            if (file is null || IdsOf(file) is not { } set || !set.Contains(fragment))
            {
                broken.Add($"{source} -> {link}");
            }
        }

        return broken;
    }

    /// <summary>An absolute URL of the site becomes its path ("https://user.github.io/my-repo/x/" is "/my-repo/x/").</summary>
    private static string ToPath(string link, string basePath) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsolutePath : link;
}
