using StaticCatalog.Catalog;
using StaticCatalog.Diagnostics;
using StaticCatalog.Urls;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticCatalog.Configuration;

/// <summary>
/// Reads <c>services.yml</c> from the input folder. Problems are reported at their line: unknown keys,
/// a missing slug or name, a slug that is not URL-safe, a category that is not listed, a name or
/// alias given to two services, an <c>except</c> phrase that holds none of its service's names, a <c>part_of</c> that names no
/// service, and an excluded tag that names a service. A missing file means an empty taxonomy.
/// </summary>
public static class ServiceTaxonomyLoader
{
    public const string FileName = "services.yml";

    private static readonly HashSet<string> ServiceKeys = new(StringComparer.Ordinal) { "slug", "name", "category", "aliases", "tags", "except", "docs", "part_of", "renamed_features" };

    public static ServiceTaxonomy Load(string inputDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, FileName);
        if (!File.Exists(path))
        {
            return ServiceTaxonomy.Empty;
        }

        var errors = new List<Diagnostic>();
        void Error(Mark mark, string message) =>
            errors.Add(Diagnostic.Error(path, (int)mark.Line, (int)mark.Column, DiagnosticCodes.InvalidServices, message));

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.InvalidServices, "services.yml must be a map with 'categories' and 'services'"));
                return ServiceTaxonomy.Empty;
            }

            root = mapping;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(path, (int)ex.Start.Line, (int)ex.Start.Column, DiagnosticCodes.InvalidServices, $"invalid YAML: {ex.Message}"));
            return ServiceTaxonomy.Empty;
        }

        var categories = new List<string>();
        var services = new List<Service>();
        var excludedTags = new List<(ExcludedTag Tag, Mark Mark)>();
        YamlSequenceNode? serviceNodes = null;
        foreach (var (keyNode, value) in root.Children)
        {
            switch ((keyNode as YamlScalarNode)?.Value)
            {
                case "categories":
                    categories.AddRange(Strings(value, "categories", Error));
                    break;
                case "services" when value is YamlSequenceNode sequence:
                    serviceNodes = sequence;
                    break;
                case "services":
                    Error(value.Start, "'services' must be a list of services");
                    break;
                case "excluded_tags" when value is YamlMappingNode groups:
                    foreach (var (reasonNode, tagsNode) in groups.Children)
                    {
                        var reason = (reasonNode as YamlScalarNode)?.Value ?? string.Empty;
                        var tagNodes = tagsNode as YamlSequenceNode;
                        var tags = Strings(tagsNode, $"excluded_tags.{reason}", Error);
                        for (var i = 0; i < tags.Count; i++)
                        {
                            excludedTags.Add((new ExcludedTag(tags[i], reason), tagNodes is { } sequenceNode && sequenceNode.Children.Count == tags.Count ? sequenceNode.Children[i].Start : tagsNode.Start));
                        }
                    }

                    break;
                case "excluded_tags":
                    Error(value.Start, "'excluded_tags' must map a reason to a list of tags, such as 'topic: [AI, DevOps]'");
                    break;
                default:
                    Error(keyNode.Start, $"unknown key '{keyNode}' (known: categories, services, excluded_tags)");
                    break;
            }
        }

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var partsOf = new List<(string Part, string Whole, Mark Mark)>();
        foreach (var node in serviceNodes?.Children ?? [])
        {
            if (node is not YamlMappingNode entry)
            {
                Error(node.Start, "each service must be a map with slug, name and category");
                continue;
            }

            var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in entry.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (!ServiceKeys.Contains(key))
                {
                    Error(keyNode.Start, $"unknown key '{key}' (known: {string.Join(", ", ServiceKeys)})");
                    continue;
                }

                fields[key] = value;
            }

            var slug = Text(fields, "slug");
            var name = Text(fields, "name");
            var category = Text(fields, "category");
            if (slug is null || name is null || category is null)
            {
                Error(entry.Start, "a service needs a slug, a name and a category");
                continue;
            }

            if (Slugifier.Slugify(slug) != slug)
            {
                Error(fields["slug"].Start, $"the slug '{slug}' is not URL-safe; use lower-case words joined by '-' such as '{Slugifier.Slugify(slug)}'");
            }
            else if (!slugs.Add(slug))
            {
                Error(fields["slug"].Start, $"the slug '{slug}' is used by two services");
            }

            if (categories.Count > 0 && !categories.Contains(category, StringComparer.Ordinal))
            {
                Error(fields["category"].Start, $"the category '{category}' is not in 'categories' ({string.Join(", ", categories)})");
            }

            var aliases = fields.TryGetValue("aliases", out var aliasNode) ? Strings(aliasNode, "aliases", Error) : [];
            var tags = fields.TryGetValue("tags", out var tagNode) ? Strings(tagNode, "tags", Error) : [];
            foreach (var alias in aliases.Prepend(name))
            {
                if (names.TryGetValue(alias, out var owner) && owner != slug)
                {
                    Error(entry.Start, $"the name '{alias}' is given to both '{owner}' and '{slug}'");
                }

                names.TryAdd(alias, slug);
            }

            var docs = Text(fields, "docs");
            if (docs is not null && !WebUrl.TryParse(docs, out _))
            {
                Error(fields["docs"].Start, $"'docs' must be an http(s) URL, not '{docs}'");
            }

            var exceptions = fields.TryGetValue("except", out var exceptNode) ? Strings(exceptNode, "except", Error) : [];
            foreach (var phrase in exceptions)
            {
                if (!aliases.Prepend(name).Any(n => phrase.Contains(n, StringComparison.Ordinal)))
                {
                    Error(exceptNode!.Start, $"the except phrase '{phrase}' holds none of the names of '{slug}', so it would change nothing");
                }
            }

            var partOf = Text(fields, "part_of");
            if (partOf is not null)
            {
                partsOf.Add((slug, partOf, fields["part_of"].Start));
            }

            var renames = fields.TryGetValue("renamed_features", out var renamesNode) ? Renames(renamesNode, Error) : [];
            services.Add(new Service(slug, name, category, aliases.Where(a => a != name).ToArray(), tags, docs) { Except = exceptions, PartOf = partOf, RenamedFeatures = renames });
        }

        // A slug given twice is reported above; its first entry's part_of counts here.
        var wholeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in services.Where(s => s.PartOf is not null))
        {
            wholeOf.TryAdd(service.Slug, service.PartOf!);
        }

        foreach (var (part, whole, mark) in partsOf)
        {
            if (!slugs.Contains(whole))
            {
                Error(mark, $"'{part}' is part_of '{whole}', which is no service's slug");
            }
            else if (Wholes(part, wholeOf) is null)
            {
                Error(mark, $"'{part}' is part_of '{whole}', and the part_of chain from '{part}' loops");
            }
        }

        if (wholeOf.Count > 0)
        {
            for (var i = 0; i < services.Count; i++)
            {
                if (Wholes(services[i].Slug, wholeOf) is { Count: > 0 } wholes)
                {
                    services[i] = services[i] with { Wholes = wholes };
                }
            }
        }

        if (categories.Count == 0)
        {
            categories.AddRange(services.Select(s => s.Category).Distinct(StringComparer.Ordinal));
        }

        var taxonomy = new ServiceTaxonomy(categories, services, excludedTags.Select(e => e.Tag).ToArray());
        foreach (var (excluded, mark) in excludedTags)
        {
            if (taxonomy.FindByTag(excluded.Tag) is { } service)
            {
                Error(mark, $"the excluded tag '{excluded.Tag}' names the service '{service.Slug}'; drop it from excluded_tags or from the service");
            }
        }

        diagnostics.AddRange(errors);
        return errors.Count > 0 ? ServiceTaxonomy.Empty : taxonomy;
    }

    /// <summary>The products <paramref name="slug"/> is a part of, nearest first; null when the chain comes back to it.</summary>
    private static List<string>? Wholes(string slug, Dictionary<string, string> partOf)
    {
        var wholes = new List<string>();
        for (var whole = partOf.GetValueOrDefault(slug); whole is not null; whole = partOf.GetValueOrDefault(whole))
        {
            if (whole == slug || wholes.Contains(whole, StringComparer.Ordinal))
            {
                return null;
            }

            wholes.Add(whole);
        }

        return wholes;
    }

    private static string? Text(Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0 ? value.Trim() : null;

    /// <summary><c>renamed_features: [{name: Copilot cloud agent, formerly: Copilot coding agent}]</c>: each entry needs both names, and they must differ.</summary>
    private static IReadOnlyList<FeatureRename> Renames(YamlNode node, Action<Mark, string> error)
    {
        if (node is not YamlSequenceNode sequence)
        {
            error(node.Start, "'renamed_features' must be a list such as [{name: New name, formerly: Old name}]");
            return [];
        }

        var renames = new List<FeatureRename>();
        foreach (var item in sequence.Children)
        {
            var fields = item is YamlMappingNode mapping
                ? mapping.Children.ToDictionary(c => (c.Key as YamlScalarNode)?.Value ?? string.Empty, c => c.Value, StringComparer.Ordinal)
                : [];
            if (Text(fields, "name") is not { } name || Text(fields, "formerly") is not { } formerly || fields.Count != 2
                || string.Equals(name, formerly, StringComparison.OrdinalIgnoreCase))
            {
                error(item.Start, "each item of 'renamed_features' must be {name: New name, formerly: Old name}, two different names");
                continue;
            }

            renames.Add(new FeatureRename(name, formerly));
        }

        return renames;
    }

    private static IReadOnlyList<string> Strings(YamlNode node, string key, Action<Mark, string> error)
    {
        if (node is not YamlSequenceNode sequence)
        {
            error(node.Start, $"'{key}' must be a list such as [A, B]");
            return [];
        }

        var items = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
            {
                items.Add(text.Trim());
            }
            else
            {
                error(item.Start, $"each item of '{key}' must be text");
            }
        }

        return items;
    }
}
