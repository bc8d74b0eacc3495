using System.Text;
using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Kinds;

/// <summary>
/// Decides what a post mainly is (the labelling guide's kinds) from its title, feed, tags and parsed passages:
/// every cue of <see cref="PostKindCues"/> and rule of <see cref="PostKindShapes"/> that holds adds its weight to its
/// kind, and the kind with the highest total wins when it reaches <see cref="MinScore"/>. Below that, a post whose
/// title or first paragraph announces something is an announcement, and any other post is <c>other</c>.
/// </summary>
public static partial class PostKindClassifier
{
    /// <summary>The least total a kind needs to win outright.</summary>
    public const double MinScore = 2.5;

    /// <summary>How far another kind may trail a video summary's total and still win (a tutorial told in a video).</summary>
    public const double VideoMargin = 2;

    /// <summary>How many paragraphs or items (headings not counted) open a post, where a video's stated release status speaks for an announcement.</summary>
    public const int OpeningPassages = 3;

    /// <summary>The kind of the post.</summary>
    /// <param name="title">The title.</param>
    /// <param name="feed">The feed name and source folder, as one text ("The GitHub Blog news").</param>
    /// <param name="tags">Tags and section names.</param>
    /// <param name="passages">The body's passages.</param>
    /// <param name="codeBlocks">How many code blocks the body has (passages leave them out).</param>
    public static PostKind Classify(string title, string? feed, IEnumerable<string> tags, IReadOnlyList<Passage> passages, int codeBlocks) =>
        Classify(Signals(title, feed, tags, passages, codeBlocks));

    public static PostKind Classify(PostKindSignals signals) => Decide(Score(signals), signals);

    /// <summary>Each kind's total and the cues and rules that made it, best first: what <c>Classify</c> decided from.</summary>
    public static IReadOnlyList<(PostKind Kind, double Score, IReadOnlyList<string> Reasons)> Explain(PostKindSignals signals)
    {
        var reasons = new Dictionary<PostKind, List<string>>();
        var totals = Score(signals, reasons);
        return totals.OrderByDescending(t => t.Value).ThenBy(t => PostKindNames.All.ToList().IndexOf(t.Key))
            .Select(t => (t.Key, t.Value, (IReadOnlyList<string>)reasons[t.Key])).ToList();
    }

    public static PostKindSignals Signals(string title, string? feed, IEnumerable<string> tags, IReadOnlyList<Passage> passages, int codeBlocks)
    {
        var headings = new StringBuilder();
        var body = new StringBuilder();
        var versions = new HashSet<string>(StringComparer.Ordinal);
        int steps = 0, statusHeadings = 0, firstPerson = 0, productLeads = 0, opening = 0;
        var productLeadSections = new HashSet<Passage>(ReferenceEqualityComparer.Instance);
        var openingStatus = false;
        string? lead = null;
        foreach (var passage in passages)
        {
            foreach (Match version in VersionNumber().Matches(passage.Text))
            {
                versions.Add(version.Value.TrimStart('v', 'V'));
            }

            if (passage.Kind == PassageKind.Heading)
            {
                headings.Append(passage.Text).Append('\n');
                steps += StepHeading().IsMatch(passage.Text) ? 1 : 0;
                statusHeadings += StatusCues.First(passage.Text) is not null ? 1 : 0;
                continue;
            }

            lead ??= passage.Kind == PassageKind.Paragraph ? passage.Text : null;
            if (!passage.IsLinkOnly && opening++ < OpeningPassages)
            {
                openingStatus |= StatusCues.First(passage.Text) is not null;
            }

            body.Append(passage.Text).Append('\n');
            statusHeadings += passage.Lead is { } bold && StatusCues.First(bold) is not null ? 1 : 0;
            firstPerson += FirstPerson().Count(passage.Text);
            if (IsProductLead(passage))
            {
                productLeads++;
                productLeadSections.Add(passage.Section!);
            }
        }

        return new PostKindSignals(title, feed ?? string.Empty, string.Join('\n', tags), lead ?? string.Empty, headings.ToString(), body.ToString(),
            steps, codeBlocks, versions.Count, statusHeadings, firstPerson, StatusCues.First(title) is not null,
            productLeads, productLeadSections.Count) { OpeningStatus = openingStatus };
    }

    /// <summary>
    /// "- **Azure Boost**: Offloads worker processes ...": a list item under a heading, led by a bold name written as a product's
    /// (not a field label such as "**Purpose**:"), that goes on to describe it. Many of them across sections make a digest.
    /// </summary>
    private static bool IsProductLead(Passage passage) =>
        passage.Kind == PassageKind.ListItem && passage.Section is not null && passage.Lead is { } lead
        && passage.Text.Length > lead.Length + 20 && !Features.RoundupItemShapes.IsFieldLabel(lead) && Features.RoundupItemShapes.LooksLikeProduct(lead);

    private static Dictionary<PostKind, double> Score(PostKindSignals signals, Dictionary<PostKind, List<string>>? reasons = null)
    {
        var totals = PostKindNames.All.ToDictionary(k => k, _ => 0.0);
        if (reasons is not null)
        {
            foreach (var kind in PostKindNames.All)
            {
                reasons[kind] = [];
            }
        }

        foreach (var cue in PostKindCues.All)
        {
            var hits = cue.Hits(signals.Text(cue.Field));
            if (hits > 0)
            {
                totals[cue.Kind] += hits * cue.Weight;
                reasons?[cue.Kind].Add($"{cue.Field} '{cue.Words}' x{hits}");
            }
        }

        foreach (var shape in PostKindShapes.All)
        {
            if (shape.Holds(signals))
            {
                totals[shape.Kind] += shape.Weight;
                reasons?[shape.Kind].Add(shape.Name);
            }
        }

        return totals;
    }

    private static PostKind Decide(Dictionary<PostKind, double> totals, PostKindSignals signals)
    {
        // Ties go to the kind listed first (PostKindNames.All), so the result never depends on dictionary order.
        // A video summary is often another kind in disguise: that kind wins when it is clear, even a little behind (VideoMargin).
        var best = PostKindNames.All.Where(k => k is not (PostKind.Other or PostKind.VideoSummary)).MaxBy(k => totals[k]);
        var video = totals[PostKind.VideoSummary];
        if (totals[best] >= MinScore && totals[best] + VideoMargin >= video)
        {
            return best;
        }

        if (video >= MinScore)
        {
            return PostKind.VideoSummary;
        }

        return totals[PostKind.Announcement] > 0 || signals.TitleStatus ? PostKind.Announcement : PostKind.Other;
    }

    [GeneratedRegex(@"\bv?\d+\.\d+\.\d+(?:-[a-z]+(?:\.\d+)?)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionNumber();

    /// <summary>"Step 2: ...", or a numbered heading that opens with an order ("3. Deploy the app"): "1. Data privacy" numbers a list, not a step.</summary>
    [GeneratedRegex(@"^(?:step\s*\d+|\d+[.):]?\s+(?:add|build|check|choose|clone|configure|connect|create|define|deploy|enable|establish|install|open|prepare|publish|push|register|run|set|test|update|verify|write|containerize|assign|grant|sign|start|use)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StepHeading();

    [GeneratedRegex(@"\b(?:I(?:['’](?:m|ve|d))?|my|me)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();
}
