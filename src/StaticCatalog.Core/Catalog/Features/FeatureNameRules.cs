using System.Text;
using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Features;

/// <summary>
/// How a heading, bold lead or title becomes a feature name: the rules run in order, each one line (what it
/// removes, the pattern, what it leaves). Status words go, release names stay (".NET MAUI 11 Preview 2"),
/// brackets stay balanced ("(MAI-Image-2e)") and an emptied pair goes. Pinned by <c>FeatureNameRulesTests</c>.
/// </summary>
public static class FeatureNameRules
{
    /// <summary>A rule: what it is for, the pattern, the replacement.</summary>
    public sealed record Rule(string Why, Regex Pattern, string Replacement);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static readonly IReadOnlyList<Rule> Rules =
    [
        new("numbering: '1. ', 'IV. ', 'Step 2: '", new(@"^\s*(?:\d+[.)]|[IVX]+\.|Step \d+:?)\s+", Options), ""),
        new("a link-style label in brackets: '[Preview] X'", new(@"^\s*\[[^\]]*\]\s*", Options), ""),
        new("announcing words: 'Introducing the updated X'", new(@"^\s*(?:announcing|introducing|unveiling|presenting|meet|welcome|say hello to)\b\s*(?:the\s+)?", Options), ""),
        new("status wording around a name: 'public preview of X', 'X is now generally available', 'X (preview)'", StatusWords(), " "),
        new("an owner's possessive before the name: 'Anthropic’s Claude Sonnet 4.5'", new(@"^\s*[\p{Lu}][\p{L}\p{N}-]*(?:'|’)s\s+(?=[\p{Lu}\p{N}.])", RegexOptions.CultureInvariant), ""),
        new("a pair of brackets that held only status words: '( )'", new(@"[(\[]\s*[)\]]", Options), " "),
        new("runs of spaces", new(@"\s+", Options), " "),
    ];

    /// <summary>
    /// What a title says before the product it is about: "Microsoft Updates React Native for Windows", "GitHub Changes
    /// Default Tab Size", "Morgan Stanley Open Sources CALM". Only titles are read with these.
    /// </summary>
    public static readonly IReadOnlyList<Rule> TitleRules =
    [
        new("a company and what it did: 'Microsoft Updates X', 'Acme Open Sources X'", new(@"^(?:[\p{Lu}][\w.&-]*\s+){1,3}(?i:adds|updates|changes|launches|releases|introduces|announces|unveils|expands|brings|ships|debuts|open[- ]sources|rolls out)\s+", RegexOptions.CultureInvariant), ""),
        new("an opening gerund: 'Bringing X', 'Visualizing X'", new(@"^(?:bringing|visualizing|visualising|scaling|enhancing|unlocking|accelerating|making|automating|running|migrating|modernizing|modernising|boosting|empowering|streamlining|simplifying|powering|transforming|revolutionizing|elevating|expanding|supercharging)\s+", Options), ""),
    ];

    /// <summary>A title's text without the words before its product (<see cref="TitleRules"/>).</summary>
    public static string WithoutTitleOpening(string title)
    {
        foreach (var rule in TitleRules)
        {
            title = rule.Pattern.Replace(title, rule.Replacement);
        }

        return title;
    }

    /// <summary>A title's tail such as ": What You Need to Know" or " – here is how", which is not part of the name.</summary>
    private static readonly Regex Subtitle = new(
        @"\s*(?::|\s[–—-])\s+(?:what|how|why|when|everything|here|all|key|a|an|the|your|our|get|learn|introducing|details|overview)\b.*$", Options);

    /// <summary>Small words a name does not end on ("X for", "X is now").</summary>
    private static readonly Regex TrailingJoiner = new(@"\s+(?:for|and|of|on|with|in|to|the|a|an|is|are|now|has|have|been|be|its|their|our|reaches|enters|hits|gets|moves|goes|becomes|officially)$", Options);

    private static readonly Regex LeadingArticle = new(@"^(?:the|a|an)\s+", Options);

    private static readonly char[] LeadingPunctuation = [' ', ':', ',', ';', '-', '–', '—', '"', '“', '”', '\'', '*', '!', '?', '|'];
    private static readonly char[] TrailingPunctuation = [' ', ':', '.', ',', ';', '-', '–', '—', '"', '“', '”', '\'', '*', '!', '?', '|'];

    /// <summary>A name cleaned by <see cref="Rules"/>, trimmed, without a subtitle or trailing joiner, with balanced brackets; empty when over 100 characters.</summary>
    public static string Clean(string text)
    {
        var name = text;
        foreach (var rule in Rules)
        {
            name = rule.Pattern.Replace(name, rule.Replacement);
        }

        // A leading '.' belongs to names such as ".NET 11"; only a trailing one is punctuation.
        name = Balance(name).Trim().TrimStart(LeadingPunctuation).TrimEnd(TrailingPunctuation);
        if (Subtitle.Match(name) is { Success: true, Index: > 0 } subtitle)
        {
            name = name[..subtitle.Index];
        }

        while (TrailingJoiner.Match(name) is { Success: true } joiner)
        {
            name = name[..joiner.Index].TrimEnd(TrailingPunctuation);
        }

        name = LeadingArticle.Replace(name, string.Empty);
        name = Balance(name).Trim().TrimEnd(TrailingPunctuation);
        // "GitHub Copilot's" is the owner of a name cut short, not a name.
        return name.Length > 100 || name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? string.Empty : name;
    }

    /// <summary>The text without brackets that have no partner: "MAI-Image-2e)" is "MAI-Image-2e", "X (beta" is "X beta".</summary>
    public static string Balance(string text)
    {
        if (text.IndexOfAny(['(', ')', '[', ']']) < 0)
        {
            return text;
        }

        var drop = new HashSet<int>();
        var open = new Stack<(char Bracket, int Index)>();
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[':
                    open.Push((text[i], i));
                    break;
                case ')' or ']':
                    if (open.Count > 0 && open.Peek().Bracket == (text[i] == ')' ? '(' : '['))
                    {
                        open.Pop();
                    }
                    else
                    {
                        drop.Add(i);
                    }

                    break;
            }
        }

        foreach (var (_, index) in open)
        {
            drop.Add(index);
        }

        if (drop.Count == 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!drop.Contains(i))
            {
                kept.Append(text[i]);
            }
        }

        return Regex.Replace(kept.ToString(), @"\s+", " ");
    }

    /// <summary>
    /// The status phrases cut out of a name. A release name keeps its number ("Preview 2", "Beta 3"), and a
    /// bracket that only held status words is emptied (the next rule removes it).
    /// </summary>
    private static Regex StatusWords() => new(
        @"\b(?:announcing|announces?d?|introducing|introduces?d?|unveil(?:s|ed|ing)?)?\s*(?:the\s+)?(?:is\s+|are\s+)?(?:now\s+)?(?:(?:rolling\s+out|available)\s+)?(?:(?:in|into)\s+)?(?<![-.\w])(?:(?:public|private|limited)\s+preview|(?:generally available|general availability)|\bGA\b|now available|available now|^upcoming|preview(?!\s*\d)|beta(?!\s*\d)|retirement|deprecation|deprecated|retired|retiring|coming soon|now live|end of (?:support|life|sale)|sunset)(?![\w-])\s*(?:release\s+)?(?:of|for)?\s*[:\-–—]?\s*",
        Options);
}
