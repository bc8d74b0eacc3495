using System.Text.RegularExpressions;
using StaticCatalog.Catalog.Features;

namespace StaticCatalog.Catalog;

/// <summary>
/// Finds features announced in a sentence ("announcing the public preview of X", "X is now generally
/// available", "X will be retired") and cleans feature names taken from bold leads and headings.
/// </summary>
public static partial class FeatureFinder
{
    // Capitalized words, with the small words that join them inside a product name.
    private const string Name =
        @"(?<name>(?:[\p{Lu}\p{N}][\p{L}\p{N}_.+#/&'’()-]*|\.NET)(?:\s+(?:[\p{Lu}\p{N}.][\p{L}\p{N}_.+#/&'’()-]*|for|and|of|on|with|in|to|the|v\d+))*)";

    // A plural noun after a list of names: "GPT-5.1 and GPT-5.1-Codex models are now in public preview".
    private const string GroupNoun = @"(?:models?|SKUs?|features?|capabilities|tools|agents?|extensions?|integrations?|regions?|series|family)";

    // Each pattern with its gate, a part every match of it holds that is quick to look for: "X is now generally available"
    // backtracks over every run of capitalized words, so it runs only in a sentence that says "is now generally available".
    private static readonly (Regex Pattern, Regex? Gate)[] Announcements =
        [(AnnouncedOf(), null), (AnnouncedIs(), StatedIs()), (AnnouncedWill(), null), (AnnouncedLabel(), null)];

    /// <summary>The features a sentence announces, each with its status.</summary>
    public static IReadOnlyList<FeatureMention> FindAnnounced(string sentence)
    {
        if (!StatusCues.MayHaveCue(sentence))
        {
            return [];
        }

        var found = new List<FeatureMention>();
        foreach (var (regex, gate) in Announcements)
        {
            if (gate is not null && !gate.IsMatch(sentence))
            {
                continue;
            }

            foreach (Match match in regex.Matches(sentence))
            {
                var status = StatusCues.First(match.Value)?.Status ?? StatusOfWord(match.Groups["cue"].Value);
                if (status == ReleaseStatus.Unknown)
                {
                    continue;
                }

                // "X, Y, and Z are now in public preview" names three features.
                foreach (Capture capture in match.Groups["name"].Captures)
                {
                    var name = Clean(capture.Value);
                    if (name.Length > 0 && !IsGeneric(name))
                    {
                        found.Add(new FeatureMention(name, status));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>"new X" in a passage that states a status: the thing it introduces.</summary>
    public static IReadOnlyList<string> FindNew(string text) =>
        NewThing().Matches(text).Select(m => Clean(m.Groups["name"].Value)).Where(n => n.Length > 0 && !IsGeneric(n)).ToList();

    /// <summary>A feature name without numbering, status wording, unbalanced brackets, trailing joiners or punctuation (<see cref="FeatureNameRules"/>).</summary>
    public static string Clean(string text) => CleanNames.For(text);

    private static readonly TextAnswers<string> CleanNames = new(FeatureNameRules.Clean);

    /// <summary>
    /// The name in a title or heading that states a status: the words before the cue when they name something
    /// ("Ephemeral OS Disk Support Now in Public Preview on Azure Virtual Desktop"), else the whole text cleaned
    /// ("Public Preview: X", "General Availability of X"). A release name's own "Preview 2" is no cue to cut at.
    /// </summary>
    public static string NameBefore(string text, StatusCue? cue)
    {
        if (cue is { Index: > 0 } && !ReleaseNumber().IsMatch(text.AsSpan(cue.Index + cue.Text.Length)))
        {
            var before = Clean(text[..cue.Index]);
            if (before.Length > 0 && HasName().IsMatch(before))
            {
                // "Requirements and Roadmap": what comes before the cue organizes the post, so the whole does too.
                return IsGeneric(before) ? string.Empty : before;
            }
        }

        return Clean(text);
    }

    /// <summary>
    /// The product an announcement's title names without a status: the part before its subtitle, without an opening
    /// verb ("Exploring GitHub Copilot Coding Agent: Beyond Code Suggestions" names "GitHub Copilot Coding Agent").
    /// A second clause goes too ("CodeQL Expands Support for Kotlin and Improves ...", "Cursor Adds Visual Designer Amid ...").
    /// Empty for a question or when what is left does not read as a name of at most eight words.
    /// </summary>
    public static string TitleProduct(string title)
    {
        if (title.Contains('?'))
        {
            return string.Empty;
        }

        var head = TitleBreak().Match(title) is { Success: true, Index: > 0 } cut ? title[..cut.Index] : title;
        head = TitleAside().Match(head) is { Success: true, Index: > 0 } aside ? head[..aside.Index] : head;
        var name = Clean(GenericNames.WithoutLeadingVerb(FeatureNameRules.WithoutTitleOpening(head)));
        return name.Length > 0 && !IsGeneric(name) && char.IsUpper(name[0]) && name.Split(' ').Length <= 8 ? name : string.Empty;
    }

    /// <summary>
    /// True when the text holds at least half of the name's words (lower case, small joiners left out): "The GitHub app
    /// for Slack now supports GitHub Copilot" names "GitHub Copilot Coding Agent in Slack"; at least one of the words
    /// held has a letter.
    /// </summary>
    public static bool NamesMostOf(string text, string name)
    {
        var nameWords = NameWords(name);
        if (nameWords.Count == 0)
        {
            return false;
        }

        // A number alone ("200" of "Maia 200") does not name the product.
        var textWords = NameWords(text);
        var named = nameWords.Where(textWords.Contains).ToList();
        return named.Count * 2 >= nameWords.Count && named.Exists(w => w.Any(char.IsLetter));
    }

    private static HashSet<string> NameWords(string text) =>
        NameWord().Matches(text.ToLowerInvariant()).Select(m => m.Value)
            .Where(w => w is not ("the" or "a" or "an" or "of" or "for" or "and" or "in" or "to" or "with" or "on" or "new"))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>True when one name is the other followed by where it is offered: "X" and "X in GitHub Copilot", "X for Eclipse", "X on Azure".</summary>
    public static bool SameWithPlace(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return longer.Length > shorter.Length + 4
            && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase)
            && PlaceJoiner().IsMatch(longer.AsSpan(shorter.Length));
    }

    /// <summary>Headings and leads that organize a post rather than name a feature (<see cref="GenericNames"/>).</summary>
    public static bool IsGeneric(string name) => GenericAnswers.For(name);

    private static readonly TextAnswers<bool> GenericAnswers =
        new(name => GenericNames.Matches(name) || GenericNames.IsStep(name) || !HasWord().IsMatch(name));

    /// <summary>The key under which two mentions are the same feature: lower case, letters and digits only, without "Azure".</summary>
    public static string Key(string name) =>
        NonWord().Replace(AzurePrefix().Replace(name.ToLowerInvariant(), string.Empty), string.Empty);

    private static ReleaseStatus StatusOfWord(string cue) => cue.ToLowerInvariant() switch
    {
        "availability" or "available" or "launch" or "arrive" or "launched" => ReleaseStatus.Ga,
        "go live" => ReleaseStatus.Planned,
        "removed" => ReleaseStatus.Retired,
        "in development" => ReleaseStatus.Planned,
        _ => ReleaseStatus.Unknown,
    };

    /// <summary>"the public preview of X", "general availability for X" (a "preview for X" names who gets it, not what).</summary>
    [GeneratedRegex($@"\b(?:(?<cue>(?:public |private |limited )?preview)\s+(?:release\s+)?of|(?<cue>general availability|GA|retirement|deprecation|availability)\s+(?:release\s+)?(?:of|for))\s+(?:the\s+)?(?:new\s+)?{Name}", RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedOf();

    /// <summary>"X is now generally available", "X is in preview", "X, Y and Z models are now rolling out in public preview".</summary>
    [GeneratedRegex($@"{Name}(?:,\s+{Name})*(?:,?\s+and\s+{Name})?(?:\s+{GroupNoun})?{StatedIsCue}", RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedIs();

    /// <summary>What ends every match of <see cref="AnnouncedIs"/>: "is now generally available", "are in public preview".</summary>
    private const string StatedIsCue = @"\s+(?:is|are|has|have)\s+(?:now\s+)?(?:also\s+)?(?:been\s+)?(?<cue>generally available|(?:(?:rolling out|available|launching) )?in (?:public |private )?preview|(?:now )?available in (?:public |private )?preview|GA|retiring|being retired|deprecated|retired|coming soon|available)\b";

    [GeneratedRegex(StatedIsCue, RegexOptions.CultureInvariant)]
    private static partial Regex StatedIs();

    /// <summary>"X will be retired".</summary>
    [GeneratedRegex($@"{Name}\s+will\s+(?:be\s+)?(?<cue>retired|deprecated|removed|generally available|available|go live|launch|arrive)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedWill();

    /// <summary>"Public Preview: X".</summary>
    [GeneratedRegex($@"\b(?<cue>(?:Public|Private) [Pp]review|Generally [Aa]vailable|General [Aa]vailability|Retirement|Deprecation|Launched|In preview|In development)\s*:\s*{Name}", RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedLabel();

    [GeneratedRegex(@"(?<!\b(?:all|every|any|each)\s)\bnew (?<name>[\p{Lu}][\p{L}\p{N}-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}-]*)+)", RegexOptions.CultureInvariant)]
    private static partial Regex NewThing();

    [GeneratedRegex(@"^\s+(?:in|for|on|within|across)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceJoiner();

    /// <summary>Where a title's subtitle starts: ": ", " – ", " — ", " - ".</summary>
    [GeneratedRegex(@":\s|\s[–—-]\s", RegexOptions.CultureInvariant)]
    private static partial Regex TitleBreak();

    /// <summary>Where a title's second clause starts: "... and Improves ...", "... Amid Developer Frustrations", "..., putting people first".</summary>
    [GeneratedRegex(@"\s+and\s+(?:improves|adds|expands|brings|enhances|introduces|boosts|delivers|gets|offers|simplifies|updates)\b|\s+(?:amid|despite|while)\s|,\s+\p{Ll}+ing\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleAside();

    /// <summary>A "Preview 2" or "Beta 3" right after a cue: the cue is part of a release name.</summary>
    [GeneratedRegex(@"^\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseNumber();

    /// <summary>A word that could start a name: capitalized, a digit, or ".NET".</summary>
    [GeneratedRegex(@"(?:^|\s)(?:[\p{Lu}\p{N}]|\.NET)", RegexOptions.CultureInvariant)]
    private static partial Regex HasName();

    [GeneratedRegex(@"\p{L}{2}", RegexOptions.CultureInvariant)]
    private static partial Regex HasWord();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^(?:microsoft\s+)?azure\s+", RegexOptions.CultureInvariant)]
    private static partial Regex AzurePrefix();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
