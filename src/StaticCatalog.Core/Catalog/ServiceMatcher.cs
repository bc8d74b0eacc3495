using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog;

/// <summary>
/// Finds service names in prose: whole words, case-sensitive, the longest name first
/// ("Azure Firewall Manager" is never read as "Azure Firewall"). A service's <see cref="Service.Except"/>
/// phrases are matched like names and then dropped, so "Context Windows" is no mention of Windows.
/// Tag-only spellings (<see cref="Service.Tags"/>) are never looked for. All names are one regex, built once,
/// so a text is read in one pass however many services there are.
/// </summary>
public sealed class ServiceMatcher
{
    private readonly Regex? _regex;
    private readonly Dictionary<string, Service> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _exceptions = new(StringComparer.Ordinal);

    public ServiceMatcher(IReadOnlyList<Service> services)
    {
        foreach (var service in services)
        {
            foreach (var name in service.Names)
            {
                _byName.TryAdd(name, service);
            }
        }

        foreach (var phrase in services.SelectMany(s => s.Except))
        {
            if (!_byName.ContainsKey(phrase))
            {
                _exceptions.Add(phrase);
            }
        }

        if (_byName.Count == 0)
        {
            return;
        }

        // Alternation tries names in order, so the longest comes first; ties in ordinal order for determinism.
        var names = _byName.Keys.Concat(_exceptions).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape);
        _regex = new Regex($@"(?<![\p{{L}}\p{{N}}_])(?:{string.Join('|', names)})(?![\p{{L}}\p{{N}}_])",
            RegexOptions.CultureInvariant);
    }

    /// <summary>Every mention in the text, left to right; overlapping shorter names are not reported.</summary>
    public IReadOnlyList<ServiceMention> Find(string text)
    {
        if (_regex is null || text.Length == 0)
        {
            return [];
        }

        var mentions = new List<ServiceMention>();
        foreach (Match match in _regex.Matches(text))
        {
            if (_byName.TryGetValue(match.Value, out var service))
            {
                mentions.Add(new ServiceMention(service, match.Index, match.Length));
            }
        }

        return mentions;
    }
}
