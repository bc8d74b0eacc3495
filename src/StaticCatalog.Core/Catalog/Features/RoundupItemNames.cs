using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Features;

/// <summary>
/// Cleans a roundup item's name: its bold lead, link title or heading without announcement and status wording,
/// and without damaging what the name holds: versions (".NET 11 Preview 3"), brackets ("Data Loss Prevention (DLP)"),
/// hyphenated names ("MAI-Image-2e"). Each rule is one row: the pattern, what replaces it, and the case that pins it
/// (RoundupItemNamesTests).
/// </summary>
public static partial class RoundupItemNames
{
    /// <summary>The cleaning rules, applied in order; a rule applies only to names of at least <c>MinWords</c> words.</summary>
    public static readonly IReadOnlyList<(string Example, Regex Pattern, string Replacement, int MinWords)> Rules =
    [
        ("'Quoted title' -> Quoted title", Quotes(), "", 0),
        ("1. Agent 365 -> Agent 365", Numbering(), "", 0),
        ("Reasoning Reimagined: Introducing Phi-4-mini-flash-reasoning -> Phi-4-mini-flash-reasoning", IntroBeforeAnnouncement(), "", 0),
        ("Announcing TypeScript 5.9 Beta -> TypeScript 5.9 Beta", LeadingAnnouncement(), "", 0),
        ("Introduction of HBv5 VM series -> HBv5 VM series", LeadingIntroduction(), "", 0),
        ("Microsoft Launches Agentic AI Solutions -> Agentic AI Solutions", CompanyAnnounces(), "", 0),
        ("OpenAI's GPT-5.1-Codex-Max -> GPT-5.1-Codex-Max", CompanyPossessive(), "", 0),
        ("General Availability of Code Scanning Alert Assignees in GitHub -> Code Scanning Alert Assignees in GitHub", LeadingStatusOf(), "", 0),
        ("Gemini 3 Flash Public Preview Released for GitHub Copilot -> Gemini 3 Flash for GitHub Copilot", StatusThenVerb(), "", 0),
        ("Public preview: Private Link Direct Connect -> Private Link Direct Connect", LeadingStatusLabel(), "", 0),
        ("Agent 365 (GA May 1) -> Agent 365", StatusBracket(), "", 0),
        ("Copilot code review now generally available on GitHub Mobile -> Copilot code review on GitHub Mobile", InnerStatusPhrase(), "", 0),
        ("Copilot coding agent now supports remote MCP servers -> Copilot coding agent supports remote MCP servers", NowBeforeVerb(), "", 0),
        ("Azure Boost is now GA -> Azure Boost", TrailingStatusPhrase(), "", 0),
        // A short "Product: change" title keeps both halves ("Dependabot and code scanning: Org-level private registries").
        ("Azure Accelerate: Expert Support and Investments for Your Cloud and AI Transformation -> Azure Accelerate", Subtitle(), "", 9),
        ("Agentic AI Solutions to Transform Retail Automation -> Agentic AI Solutions", PurposeClause(), "", 5),
    ];

    /// <summary>
    /// Rules for the words before a status cue in a list item's sentence ("ACA adds Docker Compose for Agents in | public preview"):
    /// the thing a product adds is the name, and the verb that leads to the cue is not part of it.
    /// </summary>
    public static readonly IReadOnlyList<(string Example, Regex Pattern, string Replacement)> BeforeCueRules =
    [
        ("ACA adds Docker Compose for Agents in -> Docker Compose for Agents", AddedThing(), "${thing}"),
        ("Rule-based routing reaches -> Rule-based routing", VerbBeforeCue(), ""),
    ];

    /// <summary>The name in the words before a list item's status cue.</summary>
    public static string BeforeCue(string prefix)
    {
        var name = prefix.Trim();
        foreach (var (_, pattern, replacement) in BeforeCueRules)
        {
            name = pattern.Replace(name, replacement).Trim();
        }

        return Clean(name);
    }

    /// <summary>The item's name, or an empty string when nothing of a name is left.</summary>
    public static string Clean(string text)
    {
        var name = Spaces().Replace(text.Replace('*', ' '), " ").Trim();
        foreach (var (_, pattern, replacement, minWords) in Rules)
        {
            if (name.Split(' ').Length < minWords)
            {
                continue;
            }

            var cleaned = Spaces().Replace(pattern.Replace(name, replacement), " ").Trim();
            // A rule that would leave nothing (a heading that is only "Generally available") leaves the name alone.
            if (cleaned.Length > 0)
            {
                name = cleaned;
            }
        }

        name = Balance(name)
            .TrimStart(' ', ':', ',', ';', '-', '–', '—', '"', '“', '”', '\'', '!', '?', '|')
            .TrimEnd(' ', ':', '.', ',', ';', '-', '–', '—', '"', '“', '”', '\'', '!', '?', '|');
        name = LeadingArticle().Replace(name, string.Empty);
        return name.Length is 0 or > 120 ? string.Empty : name;
    }

    /// <summary>Drops a bracket left without its partner ("MAI-Image-2e)" is "MAI-Image-2e"); whole pairs stay.</summary>
    private static string Balance(string name)
    {
        var keep = new bool[name.Length];
        var open = new Stack<int>();
        for (var i = 0; i < name.Length; i++)
        {
            keep[i] = true;
            if (name[i] == '(')
            {
                open.Push(i);
            }
            else if (name[i] == ')')
            {
                if (open.Count == 0)
                {
                    keep[i] = false;
                }
                else
                {
                    open.Pop();
                }
            }
        }

        foreach (var i in open)
        {
            keep[i] = false;
        }

        var chars = name.Where((_, i) => keep[i]).ToArray();
        return Spaces().Replace(new string(chars), " ").Trim();
    }

    [GeneratedRegex(@"^\s*(?:\d+[.)]|[IVX]+\.|Step \d+:?)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^['""“‘]+|['""”’]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Quotes();

    [GeneratedRegex(@"^(?:Introduction of|Launch of|Support for new|New)\s+(?:the\s+)?(?=[\p{Lu}\p{N}.])", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingIntroduction();

    /// <summary>A company that announces is not the thing announced: "Microsoft Launches ...", "GitHub open-sources ...".</summary>
    [GeneratedRegex(@"^(?:Microsoft|GitHub|Google|OpenAI|Anthropic|NVIDIA|AWS|Amazon|Meta|Oracle|IBM|Red Hat|SAP)\s+(?:launches|introduces|unveils|announces|releases|ships|debuts|open[- ]sources|rolls out)\s+(?:the\s+)?(?:new\s+)?(?:its\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyAnnounces();

    /// <summary>The company whose product it is: "OpenAI's GPT-5.1-Codex-Max", "Microsoft’s Phi-4".</summary>
    [GeneratedRegex(@"^(?:Microsoft|GitHub|Google|OpenAI|Anthropic|NVIDIA|AWS|Amazon|Meta|Oracle|IBM|SAP|xAI|Mistral AI)['’]s\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyPossessive();

    /// <summary>A status that opens the title before "of": "General Availability of X", "Public Preview of X".</summary>
    [GeneratedRegex(@"^(?:general\s+availability|(?:public\s+|private\s+)?preview|GA|retirement|deprecation)\s+of\s+(?:the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingStatusOf();

    /// <summary>A status with its verb inside the title: "X Public Preview Released for Y", "X Preview Available in Y".</summary>
    [GeneratedRegex(@"\s+(?:(?:public|private)\s+)?preview\s+(?:released|release|available|launched|arrives|lands)(?=\s+(?:for|in|on|to|across)\b|\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusThenVerb();

    /// <summary>What a headline says the item is for, or the mood around it: "... to Transform Retail", "... Amid Developer Frustrations", "... Across Major IDEs".</summary>
    [GeneratedRegex(@"(?<=^\S+\s+\S+.*)\s+(?:to\s+(?:transform|help|boost|improve|power|accelerate|enable|simplify|streamline|drive|make|deliver|modernize|supercharge|reshape|redefine)|amid|across\s+(?:major|all\s+supported|multiple|many|popular)|across\s+platforms)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PurposeClause();

    [GeneratedRegex(@"^[^:]{1,60}:\s+(?=(?:Introducing|Announcing|Unveiling|Meet|Say hello to|Welcome)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex IntroBeforeAnnouncement();

    [GeneratedRegex(@"^(?:(?:we'?re\s+)?(?:announcing|introducing|unveiling|presenting|launching|welcoming|meet)\s+(?:the\s+)?(?:(?:public|private)\s+preview\s+of\s+|general\s+availability\s+of\s+|availability\s+of\s+)?(?:the\s+)?(?:new\s+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAnnouncement();

    [GeneratedRegex(@"^(?:(?:public|private|limited)\s+preview|preview|GA|generally\s+available|general\s+availability|now\s+available|now\s+in\s+preview|in\s+preview|retired|retirement|deprecated|deprecation|coming\s+soon|new)\s*[:–—-]\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingStatusLabel();

    /// <summary>A bracket that only states a status, with or without a date: "(GA)", "(Public Preview)", "(generally available March 31.)".</summary>
    [GeneratedRegex(@"\s*[(\[]\s*(?:now\s+)?(?:GA|generally\s+available|general\s+availability|(?:in\s+)?(?:public\s+|private\s+|limited\s+)?preview|beta|coming\s+soon|upcoming|retir\w*|deprecat\w*|available(?:\s+now)?|new|planned|released)\b[^()\[\]]{0,30}[)\]]\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusBracket();

    /// <summary>"now generally available", "now available", "is in public preview" inside a title, before "on/in/for ..." or at its end.</summary>
    [GeneratedRegex(@"\s+(?:(?:is|are)\s+)?(?:now\s+)?(?:generally\s+available|available\s+in\s+(?:public\s+|private\s+)?preview|in\s+(?:public\s+|private\s+)?preview|(?<=now\s+)available|(?<=now\s+)accessible|(?<=now\s+)GA|now\s+available|now\s+GA|now\s+live)(?=\s+(?:on|in|for|to|with|across|through|via)\b|\s*$|\s*[:–—-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InnerStatusPhrase();

    /// <summary>"now" before a verb of change says when, not what: "X now supports Y" names "X supports Y".</summary>
    [GeneratedRegex(@"\b[Nn]ow\s+(?=(?:supports?|offers?|includes?|adds?|lets?|allows?|enables?|works?|runs?|has|comes?)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex NowBeforeVerb();

    [GeneratedRegex(@"(?<!\b[Gg]enerally)\s+(?:(?:is|are|has|have)\s+)?(?:now\s+)?(?:been\s+)?(?:GA|live|here|released|launched|available|retired|deprecated)\s*[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingStatusPhrase();

    /// <summary>A subtitle after ": " or " | ", once the name before it has a word: "Azure Accelerate: Expert Support ..." (a spaced dash may join two names, so it stays).</summary>
    [GeneratedRegex(@"(?<=\p{L}[^:|]{0,80}?)(?::\s+|\s+\|\s+).*$", RegexOptions.CultureInvariant)]
    private static partial Regex Subtitle();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}\p{N}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}.'’-]*){0,4}\s+(?:now\s+)?(?:adds|introduces|launches|brings|gets|unveils|offers|ships|releases|announces|debuts)\s+(?:the\s+)?(?:new\s+)?(?<thing>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AddedThing();

    [GeneratedRegex(@"(?:\s+(?:is|are|has|have|been|was|were|now|also|in|into|to|reaches|reached|hits|enters|entered|goes|went|moves|moved|becomes|became|graduates|graduated|available|(?<=available\s+)in))+\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbBeforeCue();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
