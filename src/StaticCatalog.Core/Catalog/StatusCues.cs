using System.Buffers;
using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog;

/// <summary>
/// Finds release-status wording: "public preview", "generally available", "coming soon",
/// "will be retired". The earliest cue in a text wins; a future tense ("will be generally available")
/// and a move ("from preview to GA") are read as a whole.
/// </summary>
public static partial class StatusCues
{
    /// <summary>
    /// The first cue in the text, or null. Weak wording ("launched", "now available", "now supports")
    /// counts only when nothing stronger is said: "launches the public preview of X" is a preview.
    /// </summary>
    public static StatusCue? First(string text) =>
        MayHaveCue(text) ? Earliest(text, Strong) ?? Earliest(text, Weak) : null;

    /// <summary>The first cue of the strong kind (preview, GA, planned, retired), ignoring weak wording such as "now available".</summary>
    public static StatusCue? FirstStrong(string text) =>
        MayHaveCue(text) ? Earliest(text, Strong) : null;

    /// <summary>
    /// The status a heading gives the items under it: its own cue, else a heading that only looks ahead
    /// ("What's next", "Looking ahead", "Roadmap"), which makes its items planned. Only headings are read this way.
    /// </summary>
    public static StatusCue? InHeading(string text) =>
        First(text) ?? (HeadingAhead().Match(text) is { Success: true } ahead ? new StatusCue(ReleaseStatus.Planned, ahead.Index, ahead.Value) : null);

    /// <summary>
    /// Every cue holds one of these words, so a text without any of them (most paragraphs) skips the
    /// case-insensitive patterns, which are slow to run.
    /// </summary>
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        ["preview", "beta", "early access", "experimental", "availab", "retir", "deprecat", "end of", "sunset", "no longer",
         "removed", "eol", "coming", "later this", "develop", "roadmap", "planned", "upcoming", "live", "will", "expected",
         "scheduled", "slated", "set to", "launch", "release", "shipping", "roll", "support", "graduat", "mov", "stable", "now allows", "now lets"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>False when the text holds no word any cue starts from: a cheap test before the patterns.</summary>
    public static bool MayHaveCue(string text) =>
        text.AsSpan().ContainsAny(Triggers) || text.Contains("GA", StringComparison.Ordinal);

    private static StatusCue? Earliest(string text, (ReleaseStatus Status, Regex Regex)[] patterns)
    {
        StatusCue? best = null;
        foreach (var (status, regex) in patterns)
        {
            var match = regex.Match(text);
            if (match.Success && (best is null || match.Index < best.Index || (match.Index == best.Index && match.Length > best.Text.Length)))
            {
                best = new StatusCue(status, match.Index, match.Value);
            }
        }

        return best;
    }

    private static readonly (ReleaseStatus Status, Regex Regex)[] Strong =
    [
        // A move to GA is read whole, before the "preview" inside it.
        (ReleaseStatus.Ga, MoveToGa()),
        (ReleaseStatus.Planned, Planned()),
        (ReleaseStatus.Retired, Retired()),
        (ReleaseStatus.Preview, Preview()),
        (ReleaseStatus.Ga, Ga()),
    ];

    private static readonly (ReleaseStatus Status, Regex Regex)[] Weak = [(ReleaseStatus.Ga, WeakGa())];

    [GeneratedRegex(@"\b(?:from (?:public |private )?preview to (?:general availability|GA|generally available)|graduat\w+ (?:from preview|to (?:general availability|GA))|(?:moves?|moving|moved) (?:in)?to (?:general availability|GA))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoveToGa();

    [GeneratedRegex(@"\b(?:coming soon|coming (?:later|in the coming)|later this (?:year|month|quarter|spring|summer|fall|autumn|winter)|in the coming (?:weeks|months)|in development|under development|on (?:the|our) roadmap|planned for|is planned|are planned|upcoming|go(?:es)? live|will (?:be |become )?(?:generally |publicly )?available|will (?:go|be) live|will (?:roll out|ship|launch|arrive|enter|reach|begin|start)|will be (?:in |entering )?(?:public |private )?preview|(?:expected|scheduled|slated|set) to (?:be |become |go |reach |launch|ship|arrive|roll))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Planned();

    [GeneratedRegex(@"\b(?:(?:upcoming|planned|scheduled) (?:retirement|deprecation|removal)|retir(?:ed|es|ing|ement)|retire|deprecat(?:ed|es|ing|ion)|end of (?:support|life|sale)|sunset(?:s|ting|ted)?|no longer (?:be )?(?:supported|available)|will be removed|being removed|EOL)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Retired();

    [GeneratedRegex(@"(?:\b(?:public|private|limited|gated) preview\b|\bin preview\b|\bpreview\b|\bbeta\b|\bearly access\b|\bexperimental\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Preview();

    [GeneratedRegex(@"\b(?:generally available|general availability|(?-i:GA)|stable (?:release|version|channel)s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ga();

    [GeneratedRegex(@"\b(?:now available|available (?:now|today)|now live|is live|launch(?:ed|es)|(?:is|are|been|now) released|now shipping|rolled out|(?:now )?rolling out|now supports?|now supported|now (?:allows|lets))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakGa();

    /// <summary>Headings that announce what comes later: "What's next", "What’s coming", "Looking ahead", "Future plans".</summary>
    [GeneratedRegex(@"\b(?:what(?:'|’)?s (?:next|coming)|coming next|looking ahead|the road ahead|future (?:plans|work|improvements|updates)|roadmap)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingAhead();
}
