using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticCatalog.Markdown;

namespace StaticCatalog.Catalog.Services;

/// <summary>
/// Splits the services a post names into primary (what the post is about) and mentioned, by weighing each mention
/// with <see cref="ServiceMentionRules"/>: a service is primary when its mentions add up to
/// <see cref="ServiceMentionRules.PrimaryPoints"/> (the title, a heading or a bold lead alone; the opening paragraph and
/// one more; three mentions in the body). A product one of whose parts is primary (GitHub beside GitHub Copilot) is
/// only mentioned unless the title, a heading or a bold lead names it. A front matter's <c>services:</c> list, when given, is the primary list.
/// Thread-safe.
/// </summary>
public sealed class PostServiceFinder
{
    /// <summary>This many paragraphs before the first section are the post's opening.</summary>
    private const int OpeningParagraphs = 2;

    private readonly ServiceTaxonomy _taxonomy;

    public PostServiceFinder(ServiceTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
    }

    /// <param name="title">The post's title.</param>
    /// <param name="tags">The post's tags.</param>
    /// <param name="passages">The post's body.</param>
    /// <param name="declared">The front matter's <c>services:</c> list, or null.</param>
    /// <param name="mentionsIn">Finds the service mentions of a text (the taxonomy's matcher, or a cache of it).</param>
    public PostServices Find(string title, IReadOnlyList<string> tags, IReadOnlyList<Passage> passages, IReadOnlyList<string>? declared,
        Func<string, IReadOnlyList<ServiceMention>> mentionsIn)
    {
        var points = new Dictionary<string, int>(StringComparer.Ordinal);
        var weighed = Weigh(title, passages, mentionsIn);
        foreach (var mention in weighed)
        {
            points[mention.Service] = points.GetValueOrDefault(mention.Service) + mention.Rule.Points;
        }

        if (ServiceMentionRules.TagPoints > 0)
        {
            foreach (var slug in tags.Select(_taxonomy.FindByTag).OfType<Service>().Select(s => s.Slug).Distinct(StringComparer.Ordinal))
            {
                points[slug] = points.GetValueOrDefault(slug) + ServiceMentionRules.TagPoints;
            }
        }

        var primary = declared?.ToHashSet(StringComparer.Ordinal)
            ?? points.Where(p => p.Value >= ServiceMentionRules.PrimaryPoints).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        if (declared is null)
        {
            // A post about GitHub Copilot names GitHub too: the whole is what it is about only when the title, a heading or a bold lead names it.
            var headlined = weighed.Where(m => m.Rule.IsHeadline).Select(m => m.Service).ToHashSet(StringComparer.Ordinal);
            var wholes = primary.Select(_taxonomy.Find).OfType<Service>().SelectMany(s => s.Wholes).Where(w => !headlined.Contains(w)).ToList();
            primary.ExceptWith(wholes);
        }

        var ordered = _taxonomy.Services.Select(s => s.Slug);
        return new PostServices(
            declared ?? ordered.Where(primary.Contains).ToList(),
            ordered.Where(slug => points.ContainsKey(slug) && !primary.Contains(slug)).ToList());
    }

    /// <summary>Every service mention of the title and the body, in order, with the rule that weighs it.</summary>
    public IReadOnlyList<WeighedMention> Weigh(string title, IReadOnlyList<Passage> passages, Func<string, IReadOnlyList<ServiceMention>> mentionsIn)
    {
        var weighed = new List<WeighedMention>();
        Weigh(weighed, title, null, isOpening: false, mentionsIn);
        var opening = 0;
        foreach (var passage in passages)
        {
            var isOpening = passage.Kind == PassageKind.Paragraph && !HasSection(passage) && opening++ < OpeningParagraphs;
            Weigh(weighed, passage.Text, passage, isOpening, mentionsIn);
        }

        return weighed;
    }

    private static void Weigh(List<WeighedMention> weighed, string text, Passage? passage, bool isOpening, Func<string, IReadOnlyList<ServiceMention>> mentionsIn)
    {
        var mentions = mentionsIn(text);
        if (mentions.Count == 0)
        {
            return;
        }

        var lead = passage is null ? (-1, -1) : OpeningBold(passage);
        var links = passage is null ? [] : LinkRanges(passage);
        var services = mentions.Select(m => m.Service.Slug).Distinct(StringComparer.Ordinal).Count();
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (i > 0 && IsAbbreviation(text, mentions[i - 1], mention))
            {
                continue;
            }

            var context = new ServiceMentionContext(
                mention,
                text,
                passage,
                isOpening,
                InLead: mention.Index >= lead.Item1 && mention.Index < lead.Item2,
                InLinkText: links.Any(r => mention.Index >= r.Start && mention.Index < r.End),
                services,
                ServiceMentionRules.ChainIndex(text, mentions, i));
            weighed.Add(new WeighedMention(mention.Service.Slug, ServiceMentionRules.RuleFor(context), text));
        }
    }

    /// <summary>"Azure Kubernetes Service (AKS)": the abbreviation repeats the name it follows.</summary>
    private static bool IsAbbreviation(string text, ServiceMention previous, ServiceMention mention)
    {
        var end = previous.Index + previous.Length;
        return previous.Service == mention.Service && text.AsSpan(end, mention.Index - end).Trim() is "(";
    }

    /// <summary>True when a heading of level 2 or more is above the passage (a level-1 heading repeats the title).</summary>
    private static bool HasSection(Passage passage)
    {
        for (var heading = passage.Section; heading is not null; heading = heading.Section)
        {
            if (heading.Level >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the bold text that opens the passage is in its text ("**Azure Cosmos DB** for state"), or (-1, -1).</summary>
    private static (int Start, int End) OpeningBold(Passage passage)
    {
        var first = OwnInlines(passage.Block).FirstOrDefault()?.FirstChild;
        while (first is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            first = first.NextSibling;
        }

        if (first is LinkInline { FirstChild: EmphasisInline } link && link.Count() == 1)
        {
            first = link.FirstChild;
        }

        if (first is not EmphasisInline { DelimiterCount: 2 } strong || PlainText.Of(strong).Trim() is not { Length: > 0 } bold)
        {
            return passage.Lead is { Length: > 0 } lead && passage.Text.IndexOf(lead, StringComparison.Ordinal) is >= 0 and var leadAt ? (leadAt, leadAt + lead.Length) : (-1, -1);
        }

        var at = passage.Text.IndexOf(bold, StringComparison.Ordinal);
        return at < 0 ? (-1, -1) : (at, at + bold.Length);
    }

    /// <summary>Where the passage's link texts are in its text.</summary>
    private static List<(int Start, int End)> LinkRanges(Passage passage)
    {
        var ranges = new List<(int Start, int End)>();
        var from = 0;
        foreach (var link in OwnInlines(passage.Block).SelectMany(i => i.Descendants<LinkInline>()).Where(l => !l.IsImage))
        {
            var linkText = PlainText.Of(link).Trim();
            if (linkText.Length == 0)
            {
                continue;
            }

            var at = passage.Text.IndexOf(linkText, from, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            ranges.Add((at, at + linkText.Length));
            from = at + linkText.Length;
        }

        return ranges;
    }

    /// <summary>The inlines a passage's text is read from: a list item's own paragraphs (not its nested lists), a row's cells.</summary>
    private static IEnumerable<ContainerInline> OwnInlines(Block block) => block switch
    {
        LeafBlock { Inline: { } inline } => [inline],
        ListItemBlock item => item.OfType<ParagraphBlock>().Select(p => p.Inline).OfType<ContainerInline>(),
        TableRow row => row.OfType<TableCell>().SelectMany(c => c.Descendants<ParagraphBlock>()).Select(p => p.Inline).OfType<ContainerInline>(),
        _ => [],
    };
}
