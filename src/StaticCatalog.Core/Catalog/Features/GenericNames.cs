using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Features;

/// <summary>
/// Names that organize a post rather than name a feature: section headings, bylines, how-to steps, agenda and
/// chapter labels, event venues and dates, plans and limitations. One line per shape; each is a whole-name pattern
/// (case does not matter). Pinned by <c>GenericNamesTests</c>: add a case there with each new line.
/// </summary>
public static class GenericNames
{
    /// <summary>Whole names (regular-expression fragments, anchored at both ends) that are never a feature.</summary>
    public static readonly IReadOnlyList<string> Headings =
    [
        // pronouns and filler a bold lead can start with
        @"(?:it|this|that|these|those|they|we|you|today|now|also|which|here|there|our|your|my|all|both|each|some|more)",
        // the usual section headings of a post
        @"(?:overview|summary|conclusion|introduction|background|context|recap|resources|references|additional resources|learn more|next steps|what'?s next\??|what'?s new\??|getting started|get started)",
        @"(?:key |main |top )?(?:features|benefits|capabilities|highlights|takeaways|points|concepts|changes|improvements|updates|enhancements|scenarios|use cases|advantages|considerations|components|differences)",
        @"(?:key|main|top) \w+(?: \w+)?",
        @"(?:\w+ )?overview",
        @"(?:demo|video|session|talk|episode)(?: \w+)?",
        // the name of a show, not of what it shows: "ASP.NET Community Standup", ".NET Conf 2025 Recap" ("Live" and "Update" also end product names)
        @".*\b(?:standup|stand-up|livestream|podcast|recap|office hours)",
        @"(?:why|how|what|when|where|who) .*",
        @"(?:faq|pricing|pricing and availability|availability|support|note|notes|tip|tips|important|example|examples|prerequisites|requirements|feedback|call to action|links?|contents|table of contents|details|more information|where to start|try it .*|wrap(?:ping)? up|final thoughts|takeaways?|the bottom line|bottom line|tl;?dr)",
        @"(?:in this (?:post|article|update|video|session|episode))",
        @"(?:update|updates|release notes|changelog|bug fixes|fixes|other changes|breaking changes|known issues)",
        // a bare kind of thing, not its name
        @"(?:api|apis|sdk|sdks|cli|portal|ui|app|apps|service|services|tool|tools|platform|model|models|agent|agents|integration|solution)",
        @"(?:upcoming|new|latest|recent|future|planned|other|more|additional) (?:features|capabilities|improvements|updates|changes|enhancements|models)(?: (?:in|for|to|of) .*)?",
        @"(?:client|management|core|resource management)? ?librar(?:y|ies)(?: for .*)?",
        // what a section lists about a product: "Key Enhancements in CodeQL 2.23.5", "Features in C# 14", "Access to new models"
        @"(?:(?:key|main|top|notable|major|other) )?(?:\w+ )?(?:features|enhancements|improvements|updates|changes|capabilities|highlights) (?:in|for|to|of) .*",
        @"access to .*",
        // advice, not a name: "No action needed"
        @"(?:no|not|don't|do not|without) .*",
        // a link label: "YouTube demo: https://...", "Docs: Data encryption"
        @".*(?:https?://|www\.).*",
        @"(?:video|videos|docs?|documentation|demo|youtube demo|blog|learn more|read more|reference|announcement)\s*:.*",
        @"(?:post|pre|before|after|during|then|later|loss of .*)",
        // bylines and credits ("Author: ...", "Presented by")
        @"(?:author|authors|by|written by|posted by|presenter|presenters|presented by|speaker|speakers|host|hosts|guest|guests|about .*|related .*|credits?|contributors?)(?::? .*)?",
        // agenda, chapters, steps
        @"(?:agenda|chapters?|timestamps?|schedule|step \d+|part \d+|phase \d+|module \d+|lab \d+|day \d+|session \d+|option \d+|chapter \d+|exercise \d+)",
        // events: when and where
        @"(?:date|dates|time|times|when|where|location|venue|venues|register|registration|format|audience|cost|price)",
        // plans and limitations
        @"(?:plans?|supported plans|tiers?|free|free tier|limitations?|known limitations|current limitations?|restrictions|caveats|constraints|licensing|license)",
    ];

    /// <summary>Headings that only name a status or a group ("Initial beta releases", "Retired features", "Models scheduled for deprecation").</summary>
    public static readonly IReadOnlyList<string> GroupWords =
    [
        "initial", "new", "now", "latest", "upcoming", "recent", "notable", "major", "key", "stable", "beta", "preview", "public",
        "private", "generally", "general", "available", "availability", "ga", "retired", "retirements?", "retiring", "deprecated",
        "deprecations?", "removed", "removals?", "features?", "releases?", "updates?", "changes", "announcements?", "highlights",
        "notices?", "timeline", "impact", "migration", "what's", "what’s", "whats", "models?", "scheduled", "items", "capabilities",
        "improvements", "enhancements", "fixes", "coming", "soon", "next", "sessions", "events", "talks", "webinars", "workshops", "roadmap", "requirements", "support", "end", "and", "in", "of", "the", "for", "&", ",", "-",
    ];

    /// <summary>A programming language or platform alone heads a release-notes section; with a version (".NET 11") it is a release.</summary>
    public static readonly IReadOnlyList<string> Languages =
    [
        @"\.net", "java", "javascript", "typescript", "python", "go", "golang", "rust", @"c\+\+", "c#", "embedded c", "android", "ios", "php", "ruby", "swift", "kotlin",
    ];

    /// <summary>Shapes of a name that is a date, a time, a chapter mark or a number, not a product.</summary>
    public static readonly IReadOnlyList<string> Shapes =
    [
        // dates: "November 18-21", "Nov 18, 2025", "18 November"
        @"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}(?:\s*[-–—]\s*\d{1,2})?(?:,? \d{4})?.*",
        @"\d{1,2} (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?: \d{4})?.*",
        // a video chapter or a time of day: "00:00 Intro", "10:30 AM PT"
        @"\(?\d{1,2}:\d{2}(?::\d{2})?\)?.*",
        // one common word in lower case ("sessions", "pricing"): a product name has a capital or a digit
        @"(?-i:\p{Ll}+)",
        // one abstract noun ("Productivity", "Performance", "Observability"): a quality, not a product
        @"(?-i:\p{Lu}\p{Ll}+(?:ity|ness|tion|sion|ment|ance|ence|ics|ure|acy|ogy))",
        // a bare number or a relative figure ("3x", "50%")
        @"[\d.,x%+\s]+",
    ];

    /// <summary>Verbs that open a how-to step ("Configure Private Link", "Turn on the setting"): a step is not a feature.</summary>
    public static readonly IReadOnlyList<string> StepVerbs =
    [
        "add", "choose", "configure", "set", "turn", "download", "explore", "enable", "disable", "use", "create", "open", "select",
        "install", "run", "go", "navigate", "click", "keep", "integrate", "learn", "read", "try", "check", "review", "visit", "sign",
        "join", "watch", "register", "start", "get", "make", "ensure", "define", "deploy", "build", "connect", "test", "follow", "see",
        "find", "apply", "migrate", "upgrade", "replace", "remove", "avoid", "consider", "plan", "prepare", "identify", "assess",
        "evaluate", "verify", "validate", "grant", "assign", "restrict", "provide", "share", "ask", "contact", "reach", "write", "store",
        "copy", "paste", "log", "specify", "opt", "leverage", "adopt", "stay", "submit", "tell", "give", "let", "don't", "do", "understand",
        "monitor", "automate", "define", "implement", "design", "optimize", "manage", "track", "debug", "refactor",
        "develop", "orchestrate", "boost", "unlock", "accelerate", "simplify", "discover", "meet", "bring", "master", "protect", "reduce",
        "improve", "choosing", "building", "creating", "configuring", "deploying", "using", "setting", "getting", "exploring",
        "understanding", "implementing", "designing", "securing", "troubleshooting", "troubleshoot", "fix", "fixing", "update", "updating",
    ];

    private static readonly Regex Step = new(
        @"^(?:" + string.Join("|", StepVerbs.Select(Regex.Escape)) + @")(?=\s|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Generic = new(
        "^(?:" + string.Join("|", Headings.Concat(Shapes).Concat(Languages)) + ")$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Yes-or-no matches of whole headings, asked of every heading (the answer is kept per post). They run on the
    // backtracking engine: anchored at the start, each is tried at one position, and the non-backtracking engine cost
    // 150-250 ms to build at start-up for no gain over the whole corpus (GenericNamesTests has long hostile headings).
    private static readonly Regex SectionHeading = new(
        "^(?:" + string.Join("|", Headings) + ")$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex GroupOnly = new(
        @"^(?:(?:" + string.Join("|", GroupWords.Select(w => Regex.Escape(w).Replace(@"\?", "?"))) + @")\s*)+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>True when the whole name is a section label, byline, step, date, time or status group.</summary>
    public static bool Matches(string name) => Generic.IsMatch(name) || GroupOnly.IsMatch(name);

    /// <summary>The text without a step verb that opens it ("Orchestrate dbt jobs" is "dbt jobs"): what a title's verb acts on.</summary>
    public static string WithoutLeadingVerb(string text) => Step.Match(text) is { Success: true } verb ? text[(verb.Index + verb.Length)..].TrimStart() : text;

    /// <summary>
    /// True when a heading only groups what is under it ("Initial beta releases", "What's next", "Public preview"):
    /// a section heading or status words, not a step ("Manage mirroring") nor one named thing ("Auditing").
    /// </summary>
    public static bool IsGroup(string name) => name.Length == 0 || SectionHeading.IsMatch(name) || GroupOnly.IsMatch(name);

    /// <summary>True when the name opens with the verb of a how-to step.</summary>
    public static bool IsStep(string name) => Step.IsMatch(name);
}
