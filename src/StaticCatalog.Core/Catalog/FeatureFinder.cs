using System.Text.RegularExpressions;

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

    private static readonly Regex[] Announcements = [AnnouncedOf(), AnnouncedIs(), AnnouncedWill(), AnnouncedLabel()];

    /// <summary>The features a sentence announces, each with its status.</summary>
    public static IReadOnlyList<FeatureMention> FindAnnounced(string sentence)
    {
        if (!StatusCues.MayHaveCue(sentence))
        {
            return [];
        }

        var found = new List<FeatureMention>();
        foreach (var regex in Announcements)
        {
            foreach (Match match in regex.Matches(sentence))
            {
                var name = Clean(match.Groups["name"].Value);
                var status = StatusCues.First(match.Value)?.Status ?? StatusOfWord(match.Groups["cue"].Value);
                if (name.Length > 0 && !IsGeneric(name) && status != ReleaseStatus.Unknown)
                {
                    found.Add(new FeatureMention(name, status));
                }
            }
        }

        return found;
    }

    /// <summary>"new X" in a passage that states a status: the thing it introduces.</summary>
    public static IReadOnlyList<string> FindNew(string text) =>
        NewThing().Matches(text).Select(m => Clean(m.Groups["name"].Value)).Where(n => n.Length > 0 && !IsGeneric(n)).ToList();

    /// <summary>A feature name without numbering, status wording, brackets, trailing joiners or punctuation.</summary>
    public static string Clean(string text)
    {
        var name = Numbering().Replace(text, string.Empty);
        name = StatusCues.Strip(name);
        // A leading '.' belongs to names such as ".NET 11"; only a trailing one is punctuation.
        name = Spaces().Replace(name, " ")
            .TrimStart(' ', ':', ',', ';', '-', '–', '—', '"', '“', '”', '\'', '*', '!', '?')
            .TrimEnd(' ', ':', '.', ',', ';', '-', '–', '—', '"', '“', '”', '\'', '*', '!', '?');
        if (Subtitle().Match(name) is { Success: true, Index: > 0 } subtitle)
        {
            name = name[..subtitle.Index];
        }

        while (TrailingJoiner().Match(name) is { Success: true } joiner)
        {
            name = name[..joiner.Index].TrimEnd(' ', ':', ',', '-');
        }

        name = LeadingArticle().Replace(name, string.Empty);
        return name.Length > 100 ? string.Empty : name;
    }

    /// <summary>Headings and leads that organize a post rather than name a feature.</summary>
    public static bool IsGeneric(string name) =>
        Generic().IsMatch(name) || Instruction().IsMatch(name) || StatusOnly().IsMatch(name) || !HasWord().IsMatch(name);

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

    /// <summary>"the public preview of X", "general availability for X".</summary>
    [GeneratedRegex($@"\b(?<cue>(?:public |private |limited )?preview|general availability|GA|retirement|deprecation|availability)\s+(?:release\s+)?(?:of|for)\s+(?:the\s+)?(?:new\s+)?{Name}", RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedOf();

    /// <summary>"X is now generally available", "X is in preview".</summary>
    [GeneratedRegex($@"{Name}\s+(?:is|are|has|have)\s+(?:now\s+)?(?:also\s+)?(?:been\s+)?(?<cue>generally available|(?:available )?in (?:public |private )?preview|(?:now )?available in (?:public |private )?preview|GA|retiring|being retired|deprecated|retired|coming soon|available)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedIs();

    /// <summary>"X will be retired".</summary>
    [GeneratedRegex($@"{Name}\s+will\s+(?:be\s+)?(?<cue>retired|deprecated|removed|generally available|available|go live|launch|arrive)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedWill();

    /// <summary>"Public Preview: X".</summary>
    [GeneratedRegex($@"\b(?<cue>(?:Public|Private) [Pp]review|Generally [Aa]vailable|General [Aa]vailability|Retirement|Deprecation|Launched|In preview|In development)\s*:\s*{Name}", RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedLabel();

    [GeneratedRegex(@"\bnew (?<name>[\p{Lu}][\p{L}\p{N}-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}-]*)+)", RegexOptions.CultureInvariant)]
    private static partial Regex NewThing();

    [GeneratedRegex(@"^\s*(?:\d+[.)]|[IVX]+\.|Step \d+:?)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+(?:for|and|of|on|with|in|to|the|a|an|is|are|now)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingJoiner();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"^(?:it|this|that|these|those|they|we|you|today|now|also|which|here|there|our|your|my|all|both|each|some|more|support|availability|overview|summary|conclusion|introduction|background|resources|references|additional resources|learn more|next steps|get(?:ting)? started|what'?s new|what'?s next|key (?:features|benefits|capabilities|highlights|takeaways)|benefits|highlights|features|faq|pricing|how it works|how to .*|why .*|note|notes|tip|tips|important|example|examples|prerequisites|requirements|limitations|known issues|feedback|call to action|links?|author|about .*|related .*|contents|table of contents|in this (?:post|article|update)|update|updates|details|more information|where to start|try it .*|wrap(?:ping)? up|final thoughts|takeaways?|the bottom line|step \d+|part \d+|phase \d+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Generic();

    /// <summary>A title's tail such as ": What You Need to Know" or " – here is how", which is not part of the name.</summary>
    [GeneratedRegex(@"\s*(?::|\s[–—-])\s+(?:what|how|why|when|everything|here|all|key|a|an|the|your|our|get|learn|introducing|details|overview)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Subtitle();

    /// <summary>Headings that only name a status ("Initial beta releases", "Retired features") group features; they are not one.</summary>
    [GeneratedRegex(@"^(?:(?:initial|new|now|latest|upcoming|recent|notable|major|key|stable|beta|preview|public|private|generally|general|available|availability|ga|retired|retirements?|retiring|deprecated|deprecations?|removed|removals?|features?|releases?|updates?|changes|announcements?|highlights|notices?|timeline|impact|migration|what's|what’s|whats|and|in|of|the|&|,|-)\s*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusOnly();

    /// <summary>Steps of a how-to ("Configure Private Link", "Turn on the setting") are not features.</summary>
    [GeneratedRegex(@"^(?:add|choose|configure|set|turn|download|explore|enable|disable|use|create|open|select|install|run|go|navigate|click|keep|integrate|learn|read|try|check|review|visit|sign|join|watch|register|start|get|make|ensure|define|deploy|build|connect|test|follow|see|find|apply|migrate|upgrade|replace|remove|avoid|consider|plan|prepare|identify|assess|evaluate|verify|validate|grant|assign|restrict|provide|share|ask|contact|reach|write|store|copy|paste|navigate|log|specify|opt|leverage|adopt|stay|submit|tell|give|let|don't|do)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Instruction();

    [GeneratedRegex(@"\p{L}{2}", RegexOptions.CultureInvariant)]
    private static partial Regex HasWord();

    [GeneratedRegex(@"^(?:microsoft\s+)?azure\s+", RegexOptions.CultureInvariant)]
    private static partial Regex AzurePrefix();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
