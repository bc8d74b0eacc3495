using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticCatalog.Markdown;

namespace StaticCatalog.Catalog;

/// <summary>Reads a parsed Markdown body as passages, in document order. Code and raw HTML blocks are skipped.</summary>
public static class PassageReader
{
    public static IReadOnlyList<Passage> Read(MarkdownDocument document)
    {
        var passages = new List<Passage>();
        var headings = new Stack<Passage>();
        Passage? section = null;
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock { Inline: { } inline } heading:
                    // A heading's own section is the nearest heading above it of a higher rank.
                    while (headings.Count > 0 && headings.Peek().Level >= heading.Level)
                    {
                        headings.Pop();
                    }

                    section = new Passage(heading, PassageKind.Heading, PlainText.Of(inline), null, LinkWords(inline), headings.Count > 0 ? headings.Peek() : null);
                    headings.Push(section);
                    passages.Add(section);
                    break;
                case ParagraphBlock { Inline: { } inline } paragraph when paragraph.Parent is not (ListItemBlock or TableCell):
                    Add(passages, new Passage(paragraph, PassageKind.Paragraph, PlainText.Of(inline), LeadOf(inline), LinkWords(inline), section) { IsLinkOnly = IsLinkOnly(inline) });
                    break;
                case ListItemBlock item:
                    var paragraphs = item.OfType<ParagraphBlock>().Where(p => p.Inline is not null).ToList();
                    if (paragraphs.Count > 0)
                    {
                        var text = string.Join(' ', paragraphs.Select(p => PlainText.Of(p.Inline!)));
                        var links = string.Join(' ', paragraphs.Select(p => LinkWords(p.Inline!)));
                        Add(passages, new Passage(item, PassageKind.ListItem, text, LeadOf(paragraphs[0].Inline!), links.Trim(), section)
                        {
                            IsLinkOnly = paragraphs.Count == 1 && IsLinkOnly(paragraphs[0].Inline!),
                        });
                    }

                    break;
                case TableRow row when !row.IsHeader:
                    var cells = row.OfType<TableCell>().Select(cell => PlainText.Of(cell)).Where(t => t.Length > 0);
                    Add(passages, new Passage(row, PassageKind.TableRow, string.Join(" | ", cells), null, string.Empty, section));
                    break;
            }
        }

        return passages;
    }

    private static void Add(List<Passage> passages, Passage passage)
    {
        if (passage.Text.Length > 0)
        {
            passages.Add(passage);
        }
    }

    /// <summary>Bold text that opens the block and is followed by ':' or a dash, or that is the whole block.</summary>
    private static string? LeadOf(ContainerInline inline)
    {
        var first = inline.FirstChild;
        while (first is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            first = first.NextSibling;
        }

        if (first is not EmphasisInline { DelimiterCount: 2 } strong)
        {
            return null;
        }

        var lead = PlainText.Of(strong).Trim();
        var rest = new StringBuilder();
        for (var next = strong.NextSibling; next is not null && rest.Length < 3; next = next.NextSibling)
        {
            rest.Append(PlainText.Of(next));
        }

        var after = rest.ToString().TrimStart();
        var isLead = lead.EndsWith(':') || after.Length == 0 || after[0] is ':' or '-' or '–' or '—';
        return isLead ? lead.TrimEnd(':', ' ', '.').Trim() : null;
    }

    /// <summary>True when the inline holds at least one link and, besides links, only spaces and punctuation.</summary>
    private static bool IsLinkOnly(ContainerInline inline)
    {
        var links = 0;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LinkInline { IsImage: false }:
                    links++;
                    break;
                case LiteralInline literal when literal.Content.ToString().All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c)):
                case LineBreakInline:
                    break;
                default:
                    return false;
            }
        }

        return links > 0;
    }

    /// <summary>The path segments of each link that read as words ("announcing-the-public-preview-of-x"), hyphens as spaces.</summary>
    private static string LinkWords(ContainerInline inline)
    {
        var words = new List<string>();
        foreach (var link in inline.Descendants<LinkInline>())
        {
            if (link.IsImage || string.IsNullOrEmpty(link.Url))
            {
                continue;
            }

            foreach (var segment in link.Url.Split('?', '#')[0].Split('/'))
            {
                if (segment.Count(c => c == '-') >= 2)
                {
                    words.Add(segment.Replace('-', ' '));
                }
            }
        }

        return string.Join(' ', words);
    }
}
