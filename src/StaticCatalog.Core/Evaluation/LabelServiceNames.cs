using StaticCatalog.Catalog;

namespace StaticCatalog.Evaluation;

/// <summary>
/// Maps the service names labellers wrote ("Azure NAT Gateway", "Cognitive Search") to taxonomy slugs by every
/// service's name, slug and aliases, case-insensitively, also without a leading "Azure " or "Microsoft ". A name the
/// taxonomy does not know maps to "?name", which no extracted service equals.
/// </summary>
public sealed class LabelServiceNames
{
    private static readonly string[] DroppedPrefixes = ["azure ", "microsoft "];

    private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);

    public LabelServiceNames(ServiceTaxonomy taxonomy)
    {
        // A later service's name wins over an earlier one's, as in a dictionary filled in taxonomy order.
        foreach (var service in taxonomy.Services)
        {
            foreach (var name in service.Aliases.Prepend(service.Slug).Prepend(service.Name))
            {
                _slugs[name.ToLowerInvariant()] = service.Slug;
            }
        }
    }

    public string SlugOf(string name)
    {
        var lower = name.ToLowerInvariant();
        if (_slugs.TryGetValue(lower, out var slug))
        {
            return slug;
        }

        var prefix = DroppedPrefixes.FirstOrDefault(p => lower.StartsWith(p, StringComparison.Ordinal));
        return prefix is not null && _slugs.TryGetValue(lower[prefix.Length..], out slug) ? slug : "?" + name;
    }
}
