using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Features;

/// <summary>
/// The services a roundup item belongs to, by the same rule as <see cref="Services.FeatureAttribution"/> with the
/// fallbacks items need (a group lead, the section's sentence, the post's title; merging the two is a follow-up): the products its name names, else its text, else its section's headings, else the
/// post's title; never the post's other services, and at most three. A product named only as a dependency
/// ("powered by Microsoft Fabric", "via Private Link", "Azure Key Vault Integration") is not the item's.
/// Thread-unsafe: one instance per post.
/// </summary>
public sealed partial class RoundupAttribution(ServiceMatcher matcher)
{
    /// <summary>At most this many services per item: a feature attached to more is attached to none in particular.</summary>
    public const int MaxServices = 3;

    /// <summary>Words before a product that make it a dependency of the item, not its owner; each row pinned by RoundupAttributionTests.</summary>
    public static readonly IReadOnlyList<string> DependencyBefore =
    [
        "powered by", "built on", "built with", "backed by", "running on", "runs on", "hosted on", "on top of",
        "using", "uses", "via", "through", "integrated with", "integrates with", "integration with", "integrations with",
        "connects to", "connect to", "connected to", "stored in", "embedded in", "from", "alongside", "into",
    ];

    /// <summary>Words after a product in an item's name that make it the dependency: "Workspace Private Link Support", "Azure Key Vault Integration".</summary>
    public static readonly IReadOnlyList<string> DependencyAfter =
    [
        "support", "integration", "integrations", "connector", "connectors", "data source", "data sources", "authentication", "as a source", "as a target",
        "automation", "module", "modules", "cmdlets", "mirroring",
    ];

    /// <summary>The service names.</summary>
    public ServiceMatcher Matcher => matcher;

    private readonly Dictionary<string, IReadOnlyList<string>> _cache = new(StringComparer.Ordinal);

    /// <summary>The item's services, first the owner.</summary>
    /// <param name="name">The item's name.</param>
    /// <param name="text">The item's own text (its list item, paragraph or the text under its heading).</param>
    /// <param name="section">The heading above the item (for a heading item: the heading above that heading).</param>
    /// <param name="title">The post's title.</param>
    /// <param name="group">The bare product lead an item is listed under ("- **Azure Functions**:"), or null.</param>
    public IReadOnlyList<string> ServicesOf(string name, string text, Passage? section, string title, string? group = null) =>
        Owners(name, fromName: true) is { Count: > 0 } named ? named : AsTitleParts(OwnersBesideName(name, text, section, title, group), title);

    /// <summary>The owners of an item whose name names no product: its text, its group, its headings, the title.</summary>
    private IReadOnlyList<string> OwnersBesideName(string name, string text, Passage? section, string title, string? group)
    {

        // A product the name holds only as a dependency ("... powered by Microsoft Fabric") is not the item's in its text either.
        var dependencies = matcher.Find(name).Select(m => m.Service.Slug).ToHashSet(StringComparer.Ordinal);
        if (Owners(text, fromName: false) is { Count: > 0 } said && said.Where(s => !dependencies.Contains(s)).ToList() is { Count: > 0 } own)
        {
            return own;
        }

        if (group is not null && Owners(group, fromName: true) is { Count: > 0 } grouped)
        {
            return grouped;
        }

        for (var heading = section; heading is not null; heading = heading.Section)
        {
            if (Owners(heading.Text, fromName: true) is { Count: > 0 } headed)
            {
                return headed;
            }
        }

        // A title that names several products ("AKS Deployment Safeguards, NAT Gateway V2, ...") is no owner of an item it does not name.
        return matcher.Find(title).Select(m => m.Service).Distinct().Count() == 1 ? Owners(title, fromName: true) : [];
    }

    /// <summary>In a post whose title names a part (Fabric Data Factory), an item whose text names only its whole ("each Fabric workspace") is the part's.</summary>
    private IReadOnlyList<string> AsTitleParts(IReadOnlyList<string> owners, string title)
    {
        var parts = matcher.Find(title).Select(m => m.Service).Where(s => s.Wholes.Count > 0).Distinct().ToList();
        if (parts.Count == 0)
        {
            return owners;
        }

        var result = new List<string>(owners.Count);
        foreach (var slug in owners)
        {
            var ofIt = parts.Where(p => p.Wholes.Contains(slug, StringComparer.Ordinal)).ToList();
            var answer = ofIt.Count == 1 ? ofIt[0].Slug : slug;
            if (!result.Contains(answer, StringComparer.Ordinal))
            {
                result.Add(answer);
            }
        }

        return result;
    }

    /// <summary>
    /// The products a text is about. In a name, the first product named (not as a dependency) and those joined to it
    /// by "and", "+", "," or "/": "Web Application Firewall for AKS" is WAF's. In running text, every product named
    /// not as a dependency, or only the first when it names more than <see cref="MaxServices"/>.
    /// </summary>
    public IReadOnlyList<string> Owners(string text, bool fromName)
    {
        var key = (fromName ? "n:" : "t:") + text;
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var mentions = matcher.Find(text).Where(m => !IsDependency(text, m, fromName)).ToList();
        var named = new List<Service>();
        if (fromName)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                if (i > 0 && !Coordination().IsMatch(text[(mentions[i - 1].Index + mentions[i - 1].Length)..mentions[i].Index]))
                {
                    break;
                }

                if (!named.Contains(mentions[i].Service))
                {
                    named.Add(mentions[i].Service);
                }
            }
        }
        else
        {
            named.AddRange(mentions.Select(m => m.Service).Distinct());
        }

        // Of a product and its part ("Microsoft Foundry" and "Foundry Agent Service"), the part.
        var owners = Services.ServiceParts.WithoutWholes(named).Select(s => s.Slug).ToList();
        if (!fromName && owners.Count > MaxServices)
        {
            owners.RemoveRange(1, owners.Count - 1);
        }

        if (owners.Count > MaxServices)
        {
            owners.RemoveRange(MaxServices, owners.Count - MaxServices);
        }

        _cache[key] = owners;
        return owners;
    }

    private static bool IsDependency(string text, ServiceMention mention, bool fromName)
    {
        var before = text.AsSpan(0, mention.Index).TrimEnd();
        foreach (var cue in DependencyBefore)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase) && (before.Length == cue.Length || !char.IsLetter(before[before.Length - cue.Length - 1])))
            {
                return true;
            }
        }

        return fromName && IsDependencyByWordAfter(text, mention);
    }

    /// <summary>True when a <see cref="DependencyAfter"/> word follows the product in a name ("Azure Key Vault Integration").</summary>
    public static bool IsDependencyByWordAfter(string name, ServiceMention mention)
    {
        var after = name.AsSpan(mention.Index + mention.Length).TrimStart();
        foreach (var cue in DependencyAfter)
        {
            // "Azure Boards Integration with GitHub Copilot": the product that integrates another is the owner.
            if (after.StartsWith(cue, StringComparison.OrdinalIgnoreCase) && (after.Length == cue.Length || !char.IsLetter(after[cue.Length]))
                && !after[cue.Length..].TrimStart().StartsWith("with ", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?:,|\+|&|/|and|,\s*and)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Coordination();
}
