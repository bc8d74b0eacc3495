using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Limits;

/// <summary>
/// Tells a product name ("High Scale Private Link", "DCesv6", "Maia 200", "VibeVoice") from a label that organizes a
/// post ("Key highlights", "Platform Support", "Retention", "Payload size"): a label is made of <see cref="LabelWords"/> only.
/// </summary>
public static partial class SubjectNames
{
    /// <summary>Words of headings and leads that organize a post; a name made only of these (and joiners) is no product. Extend in one line.</summary>
    public static IReadOnlyList<string> LabelWords { get; } =
    [
        "key", "main", "new", "what's", "whats", "what", "is", "overview", "highlights", "highlight", "features", "feature", "capabilities", "capability",
        "support", "supported", "platform", "performance", "scale", "scalability", "scaling", "elasticity", "limits", "limit", "limitations", "retention",
        "data", "handling", "pricing", "improvements", "improvement", "improved", "enhancements", "details", "specs", "specifications", "summary",
        "benefits", "why", "how", "it", "works", "matters", "availability", "high", "reliability", "resilience", "security", "network", "networking",
        "infrastructure", "storage", "compute", "memory", "size", "payload", "throughput", "latency", "bandwidth", "capacity", "quotas", "quota",
        "expiration", "configuration", "configurable", "options", "general", "updates", "update", "announcements", "changes", "technical", "architecture",
        "at", "a", "glance", "initiatives", "use", "cases", "case", "getting", "started", "next", "steps", "conclusion", "introduction", "background",
        "operational", "challenges", "considerations", "trade-offs", "tradeoffs", "called", "out", "best", "practices", "faster", "recovery",
        "monitoring", "logging", "observability", "resources", "resource", "hardware", "requirements", "deployment", "deployments", "regions",
        "region", "global", "local", "agents", "ai", "models", "model", "tools", "experience", "developer", "enterprise", "ready", "built",
        "in", "by", "default", "autonomous", "where", "for", "and", "of", "the", "to", "with", "on", "your", "more", "all",
        "option", "step", "phase", "part", "day", "tip", "lesson", "chapter", "module", "section", "advanced", "maximum", "minimum", "density",
        "expanded", "regional", "sustainability", "efficiency", "accelerators", "session", "sessions", "cap", "processing", "million", "next", "what’s",
        "azure", "microsoft", "github", "request", "requests", "configurations", "job", "jobs", "period", "grace", "rack", "racks", "verdict",
        "refresh", "interval", "intervals", "analysis", "historical", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "looking", "ahead", "problem", "solution", "workarounds", "workaround", "news", "other",
        "integrating", "integration", "example", "examples", "note", "notes", "tip", "tips", "important", "warning", "caveat", "optimized", "massive", "low", "low-latency", "dual-stack", "specs:", "screenshot", "window", "windows", "timeout", "timeouts", "sizes", "larger", "smaller", "tier", "tiers", "plan", "plans",
    ];

    /// <summary>Acronyms too common to make a label a product ("AI-Optimized Network Infrastructure").</summary>
    private static readonly HashSet<string> CommonAcronyms = new(StringComparer.Ordinal)
    {
        "AI", "API", "APIs", "SLA", "SLAs", "GPU", "GPUs", "CPU", "CPUs", "VM", "VMs", "IOPS", "SDK", "CLI", "UI", "FAQ", "IT", "ML", "LLM", "LLMs", "TL", "DR", "KPI", "KPIs", "Q&A", "QA", "FAQs",
        "KB", "MB", "GB", "TB", "PB", "KiB", "MiB", "GiB", "TiB", "PiB", "RAM", "SSD", "HDD", "TTL", "MS", "US", "EU", "UK", "USA", "IP", "IPs", "DNS", "HTTP", "HTTPS", "TCP", "UDP", "URL", "JSON", "YAML", "SQL", "NET",
    };

    private static readonly HashSet<string> Labels = new(LabelWords, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The product <paramref name="name"/> names, without the label words around it ("Key Features of Maia 200" is "Maia 200"),
    /// or null when it names none. A product is marked: a digit in a name (DCesv6, Maia 200, V2), an acronym that is not common
    /// (HSM, WAN), CamelCase (VibeVoice, HorizonDB); in a lead (<paramref name="titleCase"/> false) a capitalized word that is
    /// no label also counts in a sentence-case name ("Support for Parquet files"), and a lone word that reads as no common noun
    /// ("Fairwater"), since a title-case heading capitalizes every word.
    /// </summary>
    public static string? ProductIn(string name)
    {
        if (name.Length == 0 || name.Length > 100)
        {
            return null;
        }

        var words = Word().Matches(name);
        if (words.Count == 0 || words.Count > 12)
        {
            return null;
        }

        var titleCase = words.Cast<Match>().Where(w => w.Value.Length >= 4 && char.IsLetter(w.Value[0])).All(w => char.IsUpper(w.Value[0]));
        int first = -1, last = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (IsMarked(words, i, titleCase))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0)
        {
            return null;
        }

        // Widen to the name's unlabelled capitalized neighbours ("Azure Integrated HSM", "Maia 200").
        while (first > 0 && IsNamePart(words[first - 1].Value))
        {
            first--;
        }

        while (last < words.Count - 1 && IsNamePart(words[last + 1].Value))
        {
            last++;
        }

        var product = name[words[first].Index..(words[last].Index + words[last].Length)];
        var open = product.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && !product.Contains(')', StringComparison.Ordinal) ? product[..open].TrimEnd() : product;
    }

    /// <summary>True when every word of <paramref name="name"/> is a label word or a common acronym ("Key highlights", "AI Performance").</summary>
    public static bool IsLabel(string name)
    {
        foreach (Match word in Word().Matches(name))
        {
            if (!Labels.Contains(word.Value) && !CommonAcronyms.Contains(word.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="name"/> names a product (see <see cref="ProductIn"/>).</summary>
    public static bool IsProduct(string name) => ProductIn(name) is not null;

    private static bool IsMarked(MatchCollection words, int i, bool titleCase)
    {
        var w = words[i].Value;
        if (Labels.Contains(w) || CommonAcronyms.Contains(w))
        {
            return false;
        }

        var letters = w.Count(char.IsLetter);
        var upper = w.Count(char.IsUpper);
        if (letters > 0 && w.Any(char.IsAsciiDigit))
        {
            return true; // DCesv6, V2, 400G, GPT-5.4
        }

        if (letters == 0 && Year().IsMatch(w))
        {
            return false; // "June 2025 Enhancement"
        }

        if (letters == 0)
        {
            // A number after a capitalized name word: "Maia 200", "Cobalt 100" (not "Step 3": step is a label).
            return i > 0 && IsNamePart(words[i - 1].Value) && char.IsUpper(words[i - 1].Value[0]);
        }

        if (upper >= 2 && upper == letters && letters <= 6)
        {
            return true; // HSM, WAN
        }

        if (upper >= 2 && char.IsUpper(w[0]) && !w.Contains('-') && w.Skip(1).Any(char.IsLower) && w.Skip(1).Any(char.IsUpper))
        {
            return true; // VibeVoice, HorizonDB
        }

        if (!char.IsUpper(w[0]))
        {
            return false;
        }

        return (!titleCase && i > 0) || (words.Count == 1 && !w.Contains('-') && !CommonNoun().IsMatch(w));
    }

    /// <summary>
    /// True when a lead (bold text or "Name:" before a colon, not a heading) is a capitalized name none of whose words is a label:
    /// "Scheduled Events", "Fast Transcription"; not "Grace Period" or "Memory and Bandwidth".
    /// </summary>
    public static bool IsCapitalizedName(string name)
    {
        var words = Word().Matches(name);
        if (words.Count is 0 or > 5)
        {
            return false;
        }

        foreach (Match word in words)
        {
            if (Labels.Contains(word.Value) || !char.IsUpper(word.Value[0]) || CommonNoun().IsMatch(word.Value) && words.Count == 1)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:19|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    private static bool IsNamePart(string word) =>
        (Vendors.Contains(word) || CommonAcronyms.Contains(word) || !Labels.Contains(word)) && (char.IsUpper(word[0]) || char.IsAsciiDigit(word[0]));

    /// <summary>Vendor words: no product alone, but part of one ("Azure Integrated HSM").</summary>
    private static readonly HashSet<string> Vendors = new(StringComparer.OrdinalIgnoreCase) { "Azure", "Microsoft", "GitHub", "NVIDIA", "AMD", "Intel" };

    /// <summary>A word that reads as a common noun by its ending (Compatibility, Integration, Governance).</summary>
    [GeneratedRegex(@"(?:ity|tion|sion|ment|ness|ance|ence|ing|ics|ure|ism|ship|age|ies|ers)$", RegexOptions.CultureInvariant)]
    private static partial Regex CommonNoun();

    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}'’&.-]*[\p{L}\p{N}])?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
