using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticCatalog.Catalog;

/// <summary>
/// Reads a front-matter <c>catalog:</c> block: features and limits written by hand, which win over
/// extracted ones. Each problem is reported at its YAML position through the callback.
/// <code>
/// catalog:
///   features:
///     - name: Private Link Direct Connect
///       status: preview
///       services: [private-link]
///       date: 2025-11-18
///   limits:
///     - service: private-link
///       feature: High Scale Private Link
///       metric: private endpoints per VNet
///       value: 5000
///       unit: count
///       qualifier: up to
/// </code>
/// </summary>
public static class CuratedCatalogReader
{
    internal static readonly string[] FeatureKeys = ["name", "status", "services", "date", "evidence"];
    internal static readonly string[] LimitKeys = ["service", "feature", "subject", "metric", "value", "unit", "qualifier", "evidence"];

    /// <param name="node">The value of the <c>catalog</c> key.</param>
    /// <param name="taxonomy">The services a curated entry may name.</param>
    /// <param name="error">Receives each problem with its position.</param>
    /// <param name="unknownService">Receives each service slug the taxonomy does not have, with its position.</param>
    public static CuratedCatalog Read(YamlNode node, ServiceTaxonomy taxonomy, Action<Mark, string> error, Action<Mark, string> unknownService)
    {
        if (node is not YamlMappingNode mapping)
        {
            error(node.Start, "'catalog' must be a map with 'features' and/or 'limits'");
            return CuratedCatalog.Empty;
        }

        var features = new List<CatalogFeature>();
        var limits = new List<CatalogLimit>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            var items = value as YamlSequenceNode;
            if (key is not ("features" or "limits"))
            {
                error(keyNode.Start, $"unknown key '{key}' in 'catalog' (known: features, limits)");
                continue;
            }

            if (items is null)
            {
                error(value.Start, $"'catalog.{key}' must be a list");
                continue;
            }

            foreach (var item in items.Children)
            {
                var fields = Fields(item, key == "features" ? FeatureKeys : LimitKeys, $"catalog.{key}", error);
                if (fields is null)
                {
                    continue;
                }

                CheckServices(fields, taxonomy, unknownService);
                if (key == "features" && ReadFeature(item, fields, error) is { } feature)
                {
                    features.Add(feature);
                }
                else if (key == "limits" && ReadLimit(item, fields, error) is { } limit)
                {
                    limits.Add(limit);
                }
            }
        }

        return new CuratedCatalog(features, limits);
    }

    internal static CatalogFeature? ReadFeature(YamlNode item, Dictionary<string, YamlNode> fields, Action<Mark, string> error)
    {
        var name = Text(fields, "name");
        if (name is null)
        {
            error(item.Start, "a curated feature needs a 'name'");
            return null;
        }

        var status = ReleaseStatus.Unknown;
        if (fields.TryGetValue("status", out var statusNode) && !ReleaseStatusNames.TryParse(Text(fields, "status"), out status))
        {
            error(statusNode.Start, $"'{Text(fields, "status")}' is not a status (planned, preview, ga, retired, unknown)");
            return null;
        }

        DateTimeOffset? date = null;
        if (fields.TryGetValue("date", out var dateNode))
        {
            if (!DateTimeOffset.TryParse(Text(fields, "date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                error(dateNode.Start, $"'{Text(fields, "date")}' is not a date such as 2025-12-01");
                return null;
            }

            date = parsed;
        }

        var services = fields.TryGetValue("services", out var servicesNode) && servicesNode is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(s => s.Length > 0).ToList()
            : [];
        return new CatalogFeature(name, status, services, null, Text(fields, "evidence") ?? name, Curated: true, date);
    }

    internal static CatalogLimit? ReadLimit(YamlNode item, Dictionary<string, YamlNode> fields, Action<Mark, string> error)
    {
        var valueText = Text(fields, "value");
        var unitText = Text(fields, "unit");
        var metric = Text(fields, "metric");
        if (valueText is null || unitText is null || metric is null)
        {
            error(item.Start, "a curated limit needs a 'value', a 'unit' and a 'metric'");
            return null;
        }

        if (!decimal.TryParse(valueText.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            error(fields["value"].Start, $"'{valueText}' is not a number");
            return null;
        }

        var unit = FindUnit(unitText);
        if (unit is null && !unitText.Equals("count", StringComparison.OrdinalIgnoreCase))
        {
            error(fields["unit"].Start, $"'{unitText}' is not a known unit (Gbps, pps, TB, GiB, ms, IOPS, tokens, %, count, ...)");
            return null;
        }

        if (LimitFinder.Normalize(value, 1m, unit?.Factor ?? 1m) is not { } figure)
        {
            error(fields["value"].Start, $"'{valueText}' is not a positive number that {unit?.Symbol ?? "count"} can hold");
            return null;
        }

        var service = Text(fields, "service");
        var feature = Text(fields, "feature");
        return new CatalogLimit(
            service,
            feature,
            Text(fields, "subject") ?? feature ?? service ?? metric,
            metric,
            value,
            unit?.Symbol ?? "count",
            figure.Normalized,
            unit?.BaseUnit ?? Units.Count,
            Text(fields, "qualifier"),
            null,
            Text(fields, "evidence") ?? $"{value.ToString(CultureInfo.InvariantCulture)} {unitText} {metric}",
            Curated: true);
    }

    internal static void CheckServices(Dictionary<string, YamlNode> fields, ServiceTaxonomy taxonomy, Action<Mark, string> unknownService)
    {
        IEnumerable<YamlNode> slugs = fields.TryGetValue("services", out var list) && list is YamlSequenceNode sequence ? sequence.Children : [];
        if (fields.TryGetValue("service", out var single))
        {
            slugs = slugs.Append(single);
        }

        foreach (var slug in slugs.OfType<YamlScalarNode>())
        {
            if (slug.Value is { Length: > 0 } value && taxonomy.Find(value) is null)
            {
                unknownService(slug.Start, $"'{value}' is not a service slug of services.yml");
            }
        }
    }

    /// <summary>The unit a symbol as the pages show it ("transactions/s") or a spelling names (Gbps, "gigabits per second", TB).</summary>
    public static UnitDefinition? FindUnit(string text) =>
        Units.All.FirstOrDefault(u => string.Equals(u.Symbol, text.Trim(), StringComparison.Ordinal))
        ?? Units.All.FirstOrDefault(u => Regex.IsMatch(text.Trim(), $"^(?:{u.Written})$", RegexOptions.CultureInvariant));

    internal static Dictionary<string, YamlNode>? Fields(YamlNode item, string[] known, string where, Action<Mark, string> error)
    {
        if (item is not YamlMappingNode mapping)
        {
            error(item.Start, $"each item of '{where}' must be a map");
            return null;
        }

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(key))
            {
                error(keyNode.Start, $"unknown key '{key}' in '{where}' (known: {string.Join(", ", known)})");
                return null;
            }

            fields[key] = value;
        }

        return fields;
    }

    internal static string? Text(Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0 ? value.Trim() : null;
}
