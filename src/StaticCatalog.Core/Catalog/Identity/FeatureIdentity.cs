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
/// <item>plurals folded to the singular ("private endpoints"), words sorted ("Direct Connect for Private Link" is
/// "Private Link Direct Connect").</item>
/// </list>
/// A version or SKU is never dropped, so "Claude Sonnet 4" and "Claude Sonnet 4.5" stay two features. A name that
/// is only its service's name ("Azure NAT Gateway") is the product itself.
/// </summary>
public sealed partial class FeatureIdentity
{
    private static readonly IReadOnlyList<string[]> Phrases = FeatureIdentityWords.Phrases.Select(Tokens).ToList();

    private static readonly HashSet<string> Dropped = new(FeatureIdentityWords.Words, StringComparer.Ordinal);

    private static readonly HashSet<string> Vendors = new(FeatureIdentityWords.Vendors, StringComparer.Ordinal);

    private readonly Dictionary<string, IReadOnlyList<string[]>> _serviceNames = new(StringComparer.Ordinal);

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

        _keys = new TextAnswers<string>(KeyOf);
    }

    /// <summary>
    /// The names of a service that are only the product, not a part of it: its name, and each alias or tag spelling
    /// whose words are all words of its name ("NAT Gateways", "Copilot", "GitHub"). Aliases such as "NAT Gateway V2"
    /// or "Copilot code review" name a feature of the service, so they are never taken off a name.
    /// </summary>
    private static IEnumerable<string[]> ShortNames(Service service)
    {
        var own = Words(service.Name);
        return service.Names.Concat(service.Tags).Select(Words).Where(words => words.Length > 0 && words.All(own.Contains));
    }

    private static string[] Words(string name) => Tokens(name).Where(t => !Dropped.Contains(t)).Select(Singular).ToArray();

    /// <summary>"nat-gateway/standardv2": the first service's slug, '/', the words left of the name, sorted.</summary>
    public string Key(IReadOnlyList<string> services, string name) => _keys.For($"{services.FirstOrDefault()}/{name}");

    /// <summary>True when the two features are one: the same <see cref="Key"/>.</summary>
    public bool Same(IReadOnlyList<string> servicesA, string nameA, IReadOnlyList<string> servicesB, string nameB) =>
        string.Equals(Key(servicesA, nameA), Key(servicesB, nameB), StringComparison.Ordinal);

    private string KeyOf(string serviceAndName)
    {
        var slash = serviceAndName.IndexOf('/', StringComparison.Ordinal);
        var service = serviceAndName[..slash];
        var tokens = Tokens(Parenthesized().Replace(serviceAndName[(slash + 1)..], " ")).ToList();
        foreach (var phrase in Phrases)
        {
            RemoveRuns(tokens, phrase);
        }

        tokens.RemoveAll(Dropped.Contains);
        tokens = tokens.ConvertAll(Singular);
        foreach (var name in _serviceNames.GetValueOrDefault(service) ?? [])
        {
            RemoveRuns(tokens, name);
        }

        if (tokens.Any(t => !Vendors.Contains(t)))
        {
            tokens.RemoveAll(Vendors.Contains);
        }

        JoinVersions(tokens);

        return $"{service}/{string.Join(' ', tokens.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}";
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

    private static void RemoveRuns(List<string> tokens, string[] run)
    {
        for (var i = 0; i + run.Length <= tokens.Count;)
        {
            if (Enumerable.Range(0, run.Length).All(k => tokens[i + k] == run[k]))
            {
                tokens.RemoveRange(i, run.Length);
            }
            else
            {
                i++;
            }
        }
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
