using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Features;

/// <summary>
/// Whether a linked title in a roundup announces a product change, and how sure that is. A title that states a
/// status ("... now generally available") or opens with an announcement ("Announcing", "Introducing") is one; a
/// product that "adds", "gets" or "expands" something is one; how-tos, opinions, questions and stories are not,
/// whatever they name. Each row is pinned by AnnouncementTitlesTests.
/// </summary>
public static partial class AnnouncementTitles
{
    /// <summary>Title shapes that are no announcement, checked first; a stated status still makes the title one.</summary>
    public static readonly IReadOnlyList<(string Example, Regex Pattern)> NotAnnouncements =
    [
        ("How the .NET MAUI Team Uses GitHub Copilot for Productivity", HowTo()),
        ("Why I changed Cursor to Copilot", FirstPerson()),
        ("Search any GitHub repo from agent?", Question()),
        ("New e-book teaches how to build an AI-powered SOC", Publication()),
    ];

    /// <summary>
    /// Titles of digests, recaps and events, which hold no product change of their own even when they state a status
    /// ("Live AMA: Demystifying Azure Pricing", "Azure Update - 9th January 2026", ".NET Conf 2025 Recap"); checked before the status.
    /// </summary>
    public static readonly IReadOnlyList<(string Example, Regex Pattern)> Digests =
    [
        ("Live AMA: Demystifying Azure Pricing", DigestOrEvent()),
    ];

    /// <summary>Title shapes that announce, with the confidence each gives that the item is a product change.</summary>
    public static readonly IReadOnlyList<(string Example, Regex Pattern, double Confidence)> Announcements =
    [
        ("Introducing Azure Accelerate", LeadingAnnouncement(), 0.8),
        ("Microsoft Expands Zero Trust Workshop", ProductChangeVerb(), 0.65),
    ];

    /// <summary>The confidence of a plain title whose item the section's text announces with a status ("X ... is now available").</summary>
    public const double DescribedConfidence = 0.6;

    /// <summary>
    /// True when a post's title announces a new thing about the product it names: it opens with an announcement
    /// ("Introducing X", "New X"), or a product or company does something to it ("GitHub Changes Default Tab Size",
    /// "Microsoft Updates React Native for Windows", "CodeRabbit Adds CLI"). How-tos and questions do not.
    /// </summary>
    public static bool AnnouncesNewThing(string title) =>
        !IsNotAnnouncement(title) && (LeadingAnnouncement().IsMatch(title) || ProductChangeVerb().IsMatch(title) || CompanyChange().IsMatch(title));

    /// <summary>True for a how-to, story, question or publication title (<see cref="NotAnnouncements"/>).</summary>
    public static bool IsNotAnnouncement(string title) => NotAnnouncements.Any(n => n.Pattern.IsMatch(title)) || Digests.Any(d => d.Pattern.IsMatch(title));

    /// <summary>The confidence that a linked title (and the words after the link) announces a product change; 0 when it does not.</summary>
    /// <param name="title">The link's text.</param>
    /// <param name="rest">The item's words after the link.</param>
    /// <param name="url">The link's URL: a changelog entry is an announcement by its shape (its words give no status).</param>
    public static double Confidence(string title, string rest, string url)
    {
        if (Digests.Any(d => d.Pattern.IsMatch(title)))
        {
            return 0;
        }

        if (StatusCues.First(title) is not null)
        {
            return 0.85;
        }

        if (NotAnnouncements.Any(n => n.Pattern.IsMatch(title)))
        {
            return 0;
        }

        foreach (var (_, pattern, confidence) in Announcements)
        {
            if (pattern.IsMatch(title))
            {
                return confidence;
            }
        }

        if (StatusCues.First(rest) is not null || LeadingNew().IsMatch(rest))
        {
            return 0.6;
        }

        return ChangelogUrl().IsMatch(url) ? 0.55 : 0;
    }

    [GeneratedRegex(@"^(?:how|why|when|where|who|what(?!'s new|’s new)|which|should|can|is|are|do|does|building|build|using|use|getting|get|making|make|deep dive|behind the|lessons|tips|tricks|guide|a guide|the guide|tutorial|step-by-step|hands-on|from .{1,40} to|beyond|inside|understanding|exploring|choosing|my|our journey|hot take|\d+ (?:ways|tips|things|reasons|lessons))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HowTo();

    [GeneratedRegex(@"(?:^|\s)(?:I|I'm|I've|me|you're|you|your)\s", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(?:recap|newsletter|roundup|round-up|live ama|ama\b|office hours|azure update\s*(?:[-–—]|\d)|weekly update|this week in)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DigestOrEvent();

    [GeneratedRegex(@"\?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Question();

    [GeneratedRegex(@"\b(?:e-?book|white ?paper|webinar|podcast|episode|report finds|survey|study|award|wins)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Publication();

    [GeneratedRegex(@"(?:^|:\s+)(?:announcing|introducing|unveiling|launching|launch of|now in|new in|what'?s new|what’s new|meet the new|welcome|say hello to|new)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAnnouncement();

    [GeneratedRegex(@"^(?:[\p{Lu}\p{N}.#][\p{L}\p{N}.+#-]*\s+){1,6}(?i:now\s+)?(?i:adds|gets|introduces|launches|expands|extends|brings|ships|lands|arrives|debuts|supports|unveils|offers|enables|previews|is here)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ProductChangeVerb();

    /// <summary>A company or product that changes, updates, releases or open-sources something: "GitHub Changes Default Tab Size".</summary>
    [GeneratedRegex(@"^(?:[\p{Lu}][\w.&-]*\s+){1,3}(?i:changes|updates|releases|open[- ]sources|rolls out)\s+[\p{Lu}]", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyChange();

    [GeneratedRegex(@"^(?:new|now)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNew();

    [GeneratedRegex(@"(?:github\.blog/changelog/|azure\.microsoft\.com/[a-z-]*/?updates|/updates/|/whats-new|/what-s-new|/release-notes?/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChangelogUrl();
}
