using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Identity;

/// <summary>
/// When two features named in different posts are one feature (one entity with a status history): they belong to
/// the same first service and their names come to the same <see cref="Key"/>. The key is conservative by design: a
/// reader who sees "GA" on an entity must be able to trust it is the feature that was in preview, so names match
/// only when what is left of them, as a set of words, is the same:
/// <list type="number">
/// <item>the words of the name, lower case ("GPT-4.1 mini" is gpt, 4.1, mini; ".NET" is net; "C#" stays c#);</item>
/// <item>less the status and announcement phrases and words of <see cref="FeatureIdentityWords"/> ("(Preview)", "support for");</item>
/// <item>less the service's own short names: its name, the aliases and tag spellings made only of its name's words,
/// and those of the products it is part of ("GitHub Copilot coding agent" and "Copilot coding agent" of GitHub
/// Copilot are both "agent coding");</item>
/// <item>plurals folded to the singular ("private endpoints") and clipped words to the whole word ("Threat Intel");</item>
/// <item>a feature the service renamed (<see cref="Service.RenamedFeatures"/>) takes its former name's words, so its
/// history runs across the rename ("Copilot cloud agent" is "Copilot coding agent");</item>
/// <item>less vendor and what-kind-of-thing words (<see cref="FeatureIdentityWords.Vendors"/>,
/// <see cref="FeatureIdentityWords.Generic"/>: "OpenAI", "tool") while another word is left;</item>
/// <item>words sorted ("Direct Connect for Private Link" is "Private Link Direct Connect").</item>
/// </list>
/// A version or SKU is never dropped, so "Claude Sonnet 4" and "Claude Sonnet 4.5" stay two features. A name that
/// is only its service's name ("Azure NAT Gateway") is the product itself.
/// </summary>
public sealed partial class FeatureIdentity
{
    private static readonly IReadOnlyList<string[]> Phrases = FeatureIdentityWords.Phrases.Select(Tokens).ToList();

    private static readonly HashSet<string> Dropped = new(FeatureIdentityWords.Words, StringComparer.Ordinal);

    private static readonly HashSet<string> Vendors = new(FeatureIdentityWords.Vendors, StringComparer.Ordinal);

    private static readonly HashSet<string> Generic = new(FeatureIdentityWords.Generic, StringComparer.Ordinal);

    private readonly Dictionary<string, IReadOnlyList<string[]>> _serviceNames = new(StringComparer.Ordinal);

    private readonly Dictionary<string, IReadOnlyList<(string[] Name, string[] Formerly)>> _renames = new(StringComparer.Ordinal);

    private readonly TextAnswers<string> _keys;

    public FeatureIdentity(ServiceTaxonomy taxonomy)
    {
        foreach (var service in taxonomy.Services)
        {
            var wholes = service.Wholes.Select(taxonomy.Find).OfType<Service>();
            _serviceNames[service.Slug] = wholes.Prepend(service)
                .SelectMany(ShortNames)
                .DistinctBy(tokens => string.Join(' ', tokens), StringComparer.Ordinal)
                .OrderByDescending(tokens => tokens.Length)
                .ToList();
        }

        foreach (var service in taxonomy.Services.Where(s => s.RenamedFeatures.Count > 0))
        {
            _renames[service.Slug] = service.RenamedFeatures
                .Select(r => (Name: Normalized(service.Slug, r.Name).ToArray(), Formerly: Normalized(service.Slug, r.Formerly).ToArray()))
                .Where(r => r.Name.Length > 0 && r.Formerly.Length > 0)
                .OrderByDescending(r => r.Name.Length)
                .ToList();
        }

        _keys = new TextAnswers<string>(KeyOf);
    }

    /// <summary>
    /// The names of a service that are only the product, not a part of it: its name, each alias or tag spelling
    /// whose words are all words of its name ("NAT Gateways", "Copilot", "GitHub"), and each that is its whole name
    /// with a brand before it ("Azure AI Foundry Agent Service", "Fabric Eventhouse", "Azure Monitor Application
    /// Insights"). Aliases such as "NAT Gateway V2" or "Copilot code review" name a feature of the service (their
    /// extra words come after its name), so they are never taken off a name.
    /// </summary>
    private static IEnumerable<string[]> ShortNames(Service service)
    {
        var own = Words(service.Name);
        var initials = Initials(own);
        return service.Names.Concat(service.Tags).Select(Words)
            .Where(words => words.Length > 0 && (words.All(w => own.Contains(w) || initials.Contains(w))
                || (own.Length > 0 && words.Length > own.Length && words[^own.Length..].SequenceEqual(own))));
    }

    /// <summary>
    /// The initials of each run of two or more of the name's words: "vs" and "vsc" of Visual Studio Code, "aks" of
    /// Azure Kubernetes Service, so that the aliases "VS Code" and "AKS" are the product's own short names too.
    /// </summary>
    private static HashSet<string> Initials(string[] words)
    {
        var initials = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < words.Length; start++)
        {
            for (var end = start + 2; end <= words.Length; end++)
            {
                initials.Add(string.Concat(words[start..end].Select(w => w[0])));
            }
        }

        return initials;
    }

    private static string[] Words(string name) => Tokens(name).Where(t => !Dropped.Contains(t)).Select(Folded).ToArray();

    /// <summary>"nat-gateway/standardv2": the first service's slug, '/', the words left of the name, sorted.</summary>
    public string Key(IReadOnlyList<string> services, string name) => _keys.For($"{services.FirstOrDefault()}/{name}");

    /// <summary>True when the two features are one: the same <see cref="Key"/>.</summary>
    public bool Same(IReadOnlyList<string> servicesA, string nameA, IReadOnlyList<string> servicesB, string nameB) =>
        string.Equals(Key(servicesA, nameA), Key(servicesB, nameB), StringComparison.Ordinal);

    private string KeyOf(string serviceAndName)
    {
        var slash = serviceAndName.IndexOf('/', StringComparison.Ordinal);
        var service = serviceAndName[..slash];
        var tokens = Normalized(service, serviceAndName[(slash + 1)..]);
        foreach (var (name, formerly) in _renames.GetValueOrDefault(service) ?? [])
        {
            ReplaceRuns(tokens, name, formerly);
        }

        if (tokens.Any(t => !Vendors.Contains(t) && !Generic.Contains(t)))
        {
            tokens.RemoveAll(t => Vendors.Contains(t) || Generic.Contains(t));
        }
        else if (tokens.Any(t => !Vendors.Contains(t)))
        {
            tokens.RemoveAll(Vendors.Contains);
        }

        JoinVersions(tokens);

        return $"{service}/{string.Join(' ', tokens.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}";
    }

    /// <summary>The name's words in order, less parenthesized text, status phrases and words, and the service's own names; folded.</summary>
    private List<string> Normalized(string service, string name)
    {
        var tokens = Tokens(Parenthesized().Replace(name, " ")).ToList();
        foreach (var phrase in Phrases)
        {
            RemoveRuns(tokens, phrase);
        }

        tokens.RemoveAll(Dropped.Contains);
        tokens = tokens.ConvertAll(Folded);
        foreach (var own in _serviceNames.GetValueOrDefault(service) ?? [])
        {
            RemoveRuns(tokens, own);
        }

        return tokens;
    }

    /// <summary>The name's words: lower case, letters and digits with inner dots, pluses and hashes ("4.1", "c++", "c#"); "what’s" is "what".</summary>
    public static string[] Tokens(string text) =>
        Word().Matches(text.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value.EndsWith("'s", StringComparison.Ordinal) ? m.Value[..^2] : m.Value).ToArray();

    /// <summary>A SKU's version joins the word before it: "Standard NAT Gateway V2" and "StandardV2 NAT Gateway" are both "standardv2".</summary>
    private static void JoinVersions(List<string> tokens)
    {
        for (var i = tokens.Count - 1; i > 0; i--)
        {
            if (SkuVersion().IsMatch(tokens[i]) && !tokens[i - 1].Any(char.IsDigit))
            {
                tokens[i - 1] += tokens[i];
                tokens.RemoveAt(i);
            }
        }
    }

    /// <summary>Each run of <paramref name="run"/> becomes <paramref name="replacement"/> ("cloud agent model picker" is "coding agent model picker").</summary>
    private static void ReplaceRuns(List<string> tokens, string[] run, string[] replacement)
    {
        for (var i = 0; i + run.Length <= tokens.Count;)
        {
            if (Enumerable.Range(0, run.Length).All(k => tokens[i + k] == run[k]))
            {
                tokens.RemoveRange(i, run.Length);
                tokens.InsertRange(i, replacement);
                i += replacement.Length;
            }
            else
            {
                i++;
            }
        }
    }

    private static void RemoveRuns(List<string> tokens, string[] run) => ReplaceRuns(tokens, run, []);

    /// <summary>The singular, then the whole word for a clipped one (<see cref="FeatureIdentityWords.Clippings"/>): "repos" is "repository".</summary>
    private static string Folded(string word)
    {
        var singular = Singular(word);
        return FeatureIdentityWords.Clippings.GetValueOrDefault(singular) ?? singular;
    }

    /// <summary>"endpoints" is "endpoint", "policies" is "policy"; "status", "access", "analysis" and words with digits stay.</summary>
    private static string Singular(string word) =>
        word.Length <= 3 || word.Any(char.IsDigit) || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal)
            ? word
            : word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
            : word.EndsWith('s') ? word[..^1]
            : word;

    /// <summary>"(Zone Redundant)", "(NES)", "(CMK)": a qualifier or an abbreviation of what the name already says.</summary>
    [GeneratedRegex(@"\([^()]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"^v\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex SkuVersion();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.+#]+[\p{L}\p{N}]+)*[+#]*(?:'s\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
