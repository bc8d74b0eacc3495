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
        "in short", "bottom line", "the bottom line", "watch", "read", "register", "agenda", "topic", "topics", "format", "time", "region", "regions",
    ];

    /// <summary>Shape confidences: how sure a shape makes the finder that the item is a product change.</summary>
    public static readonly IReadOnlyDictionary<RoundupItemShape, (double WithStatus, double WithService, double Otherwise)> Confidence =
        new Dictionary<RoundupItemShape, (double, double, double)>
        {
            [RoundupItemShape.BoldLead] = (0.9, 0.75, 0.6),
            [RoundupItemShape.LinkedTitle] = (0.85, 0.7, 0.6),
            [RoundupItemShape.StatusListItem] = (0.7, 0.7, 0.7),
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
