using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Limits;

/// <summary>
/// The contexts in which a number is not a limit, by the labelling guide: one line each (the cue, where it is
/// looked for, why), pinned by <c>NotALimitContextsTests</c>. To add one, add a line and a test sentence.
/// The lines of one scope (and units) are joined into one regular expression, built once.
/// </summary>
public static class NotALimitContexts
{
    private const string Duration = Units.Seconds;

    /// <summary>Every context; the order only matters for <see cref="Why"/>, which names the first that matches.</summary>
    public static IReadOnlyList<NotALimitContext> All { get; } =
    [
        // Measurements of a run, not specifications.
        new(@"benchmark\w*|in (?:our|internal|my) tests?|tests? (?:runs?|results?)|\d+\w* tests|scored|SWE-bench|(?-i:TPC)(?:-\w+)?|reached|reaching|achieved|achieving|demonstrated|record-breaking|record-setting|elapsed|measured|reported|we (?:saw|observed|got)|of (?:views|requests|users|sessions) (?:now )?(?:under|below)", NotALimitScope.Sentence, "a benchmark or test measurement"),
        new(@"instead of|compared (?:to|with)|versus|vs\.?", NotALimitScope.Sentence, "a comparison of two measurements"),
        new(@"assessment", NotALimitScope.Sentence, "an assessment's finding"),
        new(@"attacks?|botnets?|outages?|threat actors?|phishing", NotALimitScope.Sentence, "an attack or outage statistic"),
        new(@"surveys?|respondents|polled", NotALimitScope.Sentence, "a survey result"),
        new(@"revenue|market share|downloads|stars on GitHub|contracted|invest(?:ed|ing|ment)", NotALimitScope.Sentence, "a business figure"),
        new(@"priced at|costs? \$|\$\d[\d.,]*\s*(?:per|/)\s*(?:hour|month|GB|TB|user|seat|vCore)", NotALimitScope.Sentence, "a price or cost"),
        new(@"customers? (?:reported|saw|see|achieved|experienced|cut|reduced|saved)|helped (?:\w+ ){1,3}(?:to )?(?:reduce|cut|save|achieve|process|handle)|resulting in|which led to", NotALimitScope.Sentence, "a customer-reported outcome"),
        new(@"recommend\w*|best practices?|rule of thumb|aim(?: for|:)|(?-i:Target)|we suggest|consider|is small|impractical", NotALimitScope.Sentence, "a recommendation"),
        new(@"roll(?:s|ing|ed)? out|rollout|over the (?:next|coming)|in the coming|within the next", NotALimitScope.Sentence, "a rollout timeline", Duration),

        new(@"screenshot|the image shows|pictured", NotALimitScope.Sentence, "a description of a screenshot: the values shown are an example"),
        new(@"[\p{L}\p{N}]+\?[""”’)]*\s*$", NotALimitScope.Sentence, "a question, not a statement (\"what's the best tool for moving 1 PB?\")"),

        // An instruction of a how-to: the value is the reader's choice.
        new(@"set|configure|choose|select|enter|type|specify|allocate|schedule|pick|create|provision|add|change|use|give it|name it|limit|keep|make sure|ensure", NotALimitScope.SentenceStart, "a tutorial step's sample value"),

        // Right before the figure.
        new(@"e\.g\.,?|for example,?|for instance,?|such as|say|like|\(?example:?", NotALimitScope.JustBefore, "an example value"),
        new(@"typically(?: under| below| around| over)?|typical|usually|often|on average|average", NotALimitScope.JustBefore, "a typical or average value, not a specification"),
        new(@"previous(?:ly)?|former(?:ly)?|prior|old|original|legacy", NotALimitScope.JustBefore, "a figure the post says was replaced or removed"),
        new(@"(?:by|about|around|approximately|roughly|nearly|almost|cut|saves?|saving|savings of|reduc\w+|lower\w*|improv\w+)\s*(?:up to\s*|over\s*|more than\s*|as much as\s*)?", NotALimitScope.JustBefore, "a relative claim or vague magnitude (\"reduced by 30 ms\", \"about 20\")"),

        // Right after the figure.
        new(@"(?:[\p{L}-]+\s)?(?:faster|slower|lower|higher|less|more|fewer|better|improvements?|reductions?|increases?|decreases?|boosts?|gains?|cheaper|savings?|smaller|larger|greater|bigger|quicker|speed-?ups?|off|discount|of (?:the|all|customers|users|organizations|companies|developers))", NotALimitScope.JustAfter, "a relative claim (\"3x faster\", \"80% lower latency\")"),
        new(@"ago", NotALimitScope.JustAfter, "a point in the past", Duration),

        // In the figure's own clause, before it.
        new(@"previous(?:ly)?|formerly|used to|no longer|older|legacy|removed|removes|lifted|eliminat\w+|got rid of|was limited|were limited", NotALimitScope.ClauseBefore, "a figure the post says was replaced or removed"),

        // A heading above the passage.
        new(@"benchmarks?|test results|results|measurements|what we (?:measured|saw|found)|by the numbers|impact|outcomes?|customer stor\w*|case stud\w*", NotALimitScope.Heading, "a benchmark, test or customer outcome"),
        new(@"pricing|price list|billing|cost (?:breakdown|estimates?|comparison|analysis|table|calculator)|estimated costs?|^\W*costs?\W*$", NotALimitScope.Heading, "a cost table"),
        new(@"examples?|samples?|sample (?:app|code|data)|demo|walkthrough|step \d+|prerequisites|hardware requirements|system requirements|lab setup|troubleshoot\w*", NotALimitScope.Heading, "a tutorial's example or setup value"),
        new(@"agenda|schedule|sessions?|venue|register|registration", NotALimitScope.Heading, "an event's dates, times and venues"),

        // A post that explains SLAs quotes their percentages as examples.
        new(@"SLAs?|service level agreements?|composite (?:SLA|availability)", NotALimitScope.Title, "an SLA percentage in a post that explains SLAs", Units.Percent),
        new(@"benchmarks?|record-breaking|(?:industry|world|new) records?|sets? (?:a )?(?:new )?record|pricing|costs? explained|understanding (?:\w+ ){0,4}(?:costs?|pricing|billing)", NotALimitScope.Title, "a benchmark, record or cost post: its figures are measurements and prices"),
    ];

    private static readonly Group[] Groups = All
        .GroupBy(c => (c.Scope, Key: string.Join(',', c.BaseUnits.Order(StringComparer.Ordinal))))
        .Select(g => new Group(g.Key.Scope, g.First().BaseUnits, Join(g.Key.Scope, g.Select(c => c.Cue))))
        .ToArray();

    private static readonly Regex ClauseStart = new(@"[,;(]|\s(?:and|while|but)\s", RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    /// <summary>True when the whole sentence states no limit, whatever its units (checked once per sentence).</summary>
    public static bool ExcludesSentence(string sentence)
    {
        foreach (var group in Groups)
        {
            if (group.Scope is NotALimitScope.Sentence or NotALimitScope.SentenceStart && group.BaseUnits.Length == 0 && group.Pattern.IsMatch(sentence))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the figure at <paramref name="index"/> (of <paramref name="length"/> characters) is not a limit by its own words around it.</summary>
    public static bool ExcludesFigure(string sentence, int index, int length, string baseUnit)
    {
        var before = sentence[..index];
        var after = sentence[(index + length)..];
        foreach (var group in Groups)
        {
            if (group.BaseUnits.Length > 0 && Array.IndexOf(group.BaseUnits, baseUnit) < 0)
            {
                continue;
            }

            var hit = group.Scope switch
            {
                NotALimitScope.Sentence or NotALimitScope.SentenceStart => group.BaseUnits.Length > 0 && group.Pattern.IsMatch(sentence),
                NotALimitScope.JustBefore => group.Pattern.IsMatch(before),
                NotALimitScope.JustAfter => group.Pattern.IsMatch(after),
                NotALimitScope.ClauseBefore => group.Pattern.IsMatch(ClauseOf(before)),
                _ => false,
            };
            if (hit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a heading above the figure says its figures are measurements, costs, examples or an event's.</summary>
    public static bool ExcludesHeading(string heading) => Matches(NotALimitScope.Heading, heading, null);

    /// <summary>True when the post's title says a figure of <paramref name="baseUnit"/> is an explanation's example.</summary>
    public static bool ExcludesTitle(string title, string baseUnit) => Matches(NotALimitScope.Title, title, baseUnit);

    /// <summary>The first context whose cue matches <paramref name="text"/> in <paramref name="scope"/> (for tests and reports; slow).</summary>
    public static NotALimitContext? Why(NotALimitScope scope, string text) =>
        All.FirstOrDefault(c => c.Scope == scope && Join(scope, [c.Cue]).IsMatch(text));

    private static bool Matches(NotALimitScope scope, string text, string? baseUnit)
    {
        foreach (var group in Groups)
        {
            if (group.Scope == scope && (group.BaseUnits.Length == 0 || (baseUnit is not null && Array.IndexOf(group.BaseUnits, baseUnit) >= 0)) && group.Pattern.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of the clause the figure is in, up to it.</summary>
    private static string ClauseOf(string before) =>
        ClauseStart.Match(before) is { Success: true } start ? before[(start.Index + start.Length)..] : before;

    private static Regex Join(NotALimitScope scope, IEnumerable<string> cues)
    {
        var any = string.Join('|', cues.Select(c => $"(?:{c})"));
        var pattern = scope switch
        {
            NotALimitScope.SentenceStart => $@"^\W*(?:{any})\b",
            NotALimitScope.JustBefore => $@"(?<![\p{{L}}\p{{N}}])(?:{any})[\s""“‘'(]*(?:up to\s*)?$",
            NotALimitScope.JustAfter => $@"^\s*(?:{any})(?![\p{{L}}\p{{N}}])",
            _ => $@"(?<![\p{{L}}\p{{N}}])(?:{any})(?![\p{{L}}\p{{N}}])",
        };
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private sealed record Group(NotALimitScope Scope, string[] BaseUnits, Regex Pattern);
}
