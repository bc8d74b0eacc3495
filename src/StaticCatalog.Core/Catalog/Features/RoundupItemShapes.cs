using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Features;

/// <summary>
/// The shape rules of roundup items, as tables: which bold leads are labels of a field rather than the name of an
/// announcement, which headings group items (themes) rather than name one, and how sure each shape makes the finder
/// that the item is a product change. Each row is pinned by RoundupItemFinderTests.
/// </summary>
public static partial class RoundupItemShapes
{
    /// <summary>Bold leads that label a field of an item, a person or an event ("**Purpose**: ...", "**Author:** ..."), not a product change.</summary>
    public static readonly IReadOnlyList<string> FieldLabels =
    [
        "author", "authors", "by", "event", "date", "dates", "when", "where", "location", "venue", "speaker", "speakers", "presenter", "presenters",
        "host", "hosts", "role", "daily activities", "professional growth", "wish list", "purpose", "goal", "goals", "behavior", "behaviour",
        "value", "governance value", "business value", "benefit", "benefits", "impact", "use case", "use cases", "scenario", "scenarios",
        "why it matters", "what it does", "what it means", "how it works", "who it's for", "who it is for", "availability", "status", "pricing",
        "cost", "costs", "note", "tip", "example", "result", "results", "outcome", "outcomes", "challenge", "solution", "customer", "industry",
        "quote", "takeaway", "key takeaway", "learn more", "more info", "docs", "documentation", "resources", "source", "link", "links", "video",
        "session", "duration", "level", "audience", "prerequisites", "requirements", "problem", "context", "summary", "tl;dr", "tldr", "background",
        "in short", "bottom line", "the bottom line", "other", "watch", "read", "register", "agenda", "topic", "topics", "format", "time", "region", "regions",
    ];

    /// <summary>Headings whose lists are no announcements: topics, agendas, people, further reading ("## Featured Topics", "## Next steps").</summary>
    public static readonly IReadOnlyList<string> NonItemSections =
    [
        "topics", "featured topics", "agenda", "speakers", "sessions", "resources", "additional resources", "community", "news from our community",
        "learn more", "related", "further reading", "get started", "getting started", "next steps", "faq", "about", "references", "useful links",
        "ace aviator", "meet the", "spotlight", "customer", "customers", "events", "upcoming events", "webinars", "videos", "podcasts",
    ];

    /// <summary>Verbs that make a list item's sentence a product change: "Standard NAT Gateway V2 offers 100 Gbps", "Pod CIDR Expansion allows scaling".</summary>
    public static readonly IReadOnlyList<string> ChangeVerbs =
    [
        "offers", "boosts", "allows", "enables", "adds", "introduces", "supports", "brings", "delivers", "provides", "expands", "extends",
        "improves", "reduces", "simplifies", "lets", "gives", "arrives", "lands", "gains", "gets", "streamlines", "accelerates", "unlocks",
        "now", "is now", "are now", "further secure", "further secures", "integrates", "automates", "adds support",
    ];

    /// <summary>
    /// Openings of a sentence that goes on about the subject of the sentence before it ("It beats older Phi versions ...",
    /// "The model is now live in ..."), so a digest's status or product said there belongs to the item named before.
    /// </summary>
    public static readonly IReadOnlyList<string> ContinuationOpeners =
    [
        "it", "its", "it's", "they", "their", "this release", "the release", "the model", "the models", "the feature", "the features",
        "the service", "the update", "the preview", "the tool", "the agent", "the capability",
    ];

    /// <summary>True when a sentence opens with one of <see cref="ContinuationOpeners"/>.</summary>
    public static bool ContinuesSubject(string sentence)
    {
        var lower = sentence.TrimStart().ToLowerInvariant();
        return ContinuationOpeners.Any(o => lower.StartsWith(o, StringComparison.Ordinal) && lower.Length > o.Length && !char.IsLetterOrDigit(lower[o.Length]));
    }

    /// <summary>SKU tiers that may lead a product's name without making it another item ("Standard NAT Gateway V2" is "NAT Gateway V2").</summary>
    public static readonly IReadOnlyList<string> Tiers = ["Standard", "Premium", "Basic"];

    /// <summary>The name without a leading <see cref="Tiers"/> word, or the name itself.</summary>
    public static string WithoutTier(string name)
    {
        foreach (var tier in Tiers)
        {
            if (name.StartsWith(tier + " ", StringComparison.Ordinal) && name.Length > tier.Length + 1)
            {
                return name[(tier.Length + 1)..];
            }
        }

        return name;
    }

    /// <summary>Shape confidences: how sure a shape makes the finder that the item is a product change.</summary>
    public static readonly IReadOnlyDictionary<RoundupItemShape, (double WithStatus, double WithService, double Otherwise)> Confidence =
        new Dictionary<RoundupItemShape, (double, double, double)>
        {
            [RoundupItemShape.BoldLead] = (0.9, 0.75, 0.6),
            [RoundupItemShape.LinkedTitle] = (0.85, 0.7, 0.6),
            [RoundupItemShape.StatusListItem] = (0.7, 0.7, 0.7),
            [RoundupItemShape.ProductSentence] = (0.7, 0.6, 0.5),
            [RoundupItemShape.GroupedListItem] = (0.75, 0.65, 0.6),
            [RoundupItemShape.NewMention] = (0.6, 0.55, 0.5),
            [RoundupItemShape.Heading] = (0.85, 0.7, 0.6),
            [RoundupItemShape.StatusTableRow] = (0.6, 0.6, 0.6),
            [RoundupItemShape.AnnouncedSentence] = (0.7, 0.7, 0.7),
        };

    /// <summary>True when a bold lead labels a field ("Purpose", "Wish List for Logic Apps") rather than names a product change.</summary>
    public static bool IsFieldLabel(string lead)
    {
        var lower = lead.ToLowerInvariant();
        foreach (var label in FieldLabels)
        {
            if (lower.StartsWith(label, StringComparison.Ordinal) && (lower.Length == label.Length || !char.IsLetterOrDigit(lower[label.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the heading's list holds no announcements (<see cref="NonItemSections"/>).</summary>
    public static bool IsNonItemSection(string heading)
    {
        var lower = FeatureFinder.Clean(heading).ToLowerInvariant();
        return NonItemSections.Any(s => lower.StartsWith(s, StringComparison.Ordinal) && (lower.Length == s.Length || !char.IsLetterOrDigit(lower[s.Length])));
    }

    /// <summary>
    /// The product a list item's sentence is about when it reads "X offers ...", "X allows ...", "Introduction of X ...": the words before
    /// the first change verb (at most eight), or null.
    /// </summary>
    public static string? SentenceSubject(string sentence) => SubjectAndVerb(sentence)?.Subject;

    /// <summary>Verbs after which the product is the subject but the feature is the object: "ACA now supports hosting agents" is no feature named "ACA".</summary>
    public static readonly IReadOnlyList<string> ObjectVerbs = ["now", "is now", "are now", "supports", "adds support"];

    /// <summary>The subject of a list item's change sentence and the verb that follows it, or null.</summary>
    public static (string Subject, string Verb)? SubjectAndVerb(string sentence)
    {
        var match = Introduction().Match(sentence);
        var start = match.Success ? match.Length : 0;
        var words = sentence[start..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < Math.Min(words.Length, 9); i++)
        {
            var rest = string.Join(' ', words.Skip(i).Take(3)).ToLowerInvariant();
            if (ChangeVerbs.FirstOrDefault(v => rest.StartsWith(v + " ", StringComparison.Ordinal)) is { } verb)
            {
                var subject = string.Join(' ', words.Take(i));
                var cut = subject.IndexOf(" (", StringComparison.Ordinal);
                return (cut > 0 ? subject[..cut] : subject, verb);
            }
        }

        return match.Success ? (sentence[start..].Split(" (")[0], string.Empty) : null;
    }

    [GeneratedRegex(@"^(?:Introduction of|Introducing|Support for|Launch of|General availability of|Public preview of)\s+(?:the\s+)?(?:new\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Introduction();

    /// <summary>A heading that groups items by theme: a list of topics ("Security, Automation, and Migration Updates"), a "topic: subtopics" line, "Other AI News".</summary>
    public static bool IsThemeHeading(string heading) => ThemeHeading().IsMatch(heading);

    /// <summary>
    /// A name written as a product's: a word with a digit ("Phi-4", "400G"), two capitals ("AKS", "VNet", "GitHub"), or two capitalized words
    /// ("Workspace Tags"); "Secure agents" and "Observe agents at scale" are not.
    /// </summary>
    public static bool LooksLikeProduct(string name) => ProductToken().IsMatch(name) || TwoCapitalized().IsMatch(name);

    [GeneratedRegex(@"(?:,\s|:\s|^Other\b|\b(?:News|Updates|Highlights|Announcements|Roundup|Recap|Overview)$)", RegexOptions.CultureInvariant)]
    private static partial Regex ThemeHeading();

    [GeneratedRegex(@"(?<![\p{L}])(?:[\p{L}-]*\p{N}[\p{L}\p{N}.-]*|[\p{L}]*\p{Lu}[\p{L}]*\p{Lu}[\p{L}\p{N}]*)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex ProductToken();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}-]+\b.*?\s\p{Lu}[\p{L}-]*", RegexOptions.CultureInvariant)]
    private static partial Regex TwoCapitalized();
}
