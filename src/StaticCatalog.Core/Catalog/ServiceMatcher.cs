namespace StaticCatalog.Catalog;

/// <summary>
/// Finds service names in prose: whole words, case-sensitive, the longest name first
/// ("Azure Firewall Manager" is never read as "Azure Firewall"). A service's <see cref="Service.Except"/>
/// phrases are matched like names and then dropped, so "Context Windows" is no mention of Windows.
/// Tag-only spellings (<see cref="Service.Tags"/>) are never looked for. The names are one trie, built once,
/// so a text is read in one pass however many services there are.
/// </summary>
public sealed class ServiceMatcher
{
    /// <summary>What an except phrase stands for: no service.</summary>
    private static readonly Service NoService = new(string.Empty, string.Empty, string.Empty, [], [], null);

    private readonly NameTrie<Service> _names = new();

    public ServiceMatcher(IReadOnlyList<Service> services)
    {
        // A name wins over an except phrase spelled the same; the first service given a name keeps it.
        foreach (var service in services)
        {
            foreach (var name in service.Names)
            {
                _names.Add(name, service);
            }
        }

        foreach (var phrase in services.SelectMany(s => s.Except))
        {
            _names.Add(phrase, NoService);
        }
    }

    /// <summary>Every mention in the text, left to right; overlapping shorter names are not reported.</summary>
    public IReadOnlyList<ServiceMention> Find(string text)
    {
        var mentions = new List<ServiceMention>();
        foreach (var (index, length, service) in _names.Matches(text))
        {
            if (!ReferenceEquals(service, NoService))
            {
                mentions.Add(new ServiceMention(service, index, length));
            }
        }

        return mentions;
    }
}
