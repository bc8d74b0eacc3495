using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticCatalog.Markdown;

namespace StaticCatalog.Catalog.Features;

/// <summary>A list item that opens with a link: the link's text (the announcement's title), its URL and the words after it.</summary>
/// <param name="Title">The link's text.</param>
/// <param name="Url">The link's URL.</param>
/// <param name="Rest">The item's text after the link ("- [Title](url): what it adds"), without the joining punctuation.</param>
public sealed record LinkedTitle(string Title, string Url, string Rest)
{
    /// <summary>The link that opens the list item, or null when the item does not open with one (or links within the page, "#...").</summary>
    public static LinkedTitle? Of(Passage passage)
    {
        if (passage.Kind != PassageKind.ListItem || passage.Block is not ListItemBlock item
            || item.OfType<ParagraphBlock>().FirstOrDefault() is not { Inline: { } inline })
        {
            return null;
        }

        var first = inline.FirstChild;
        while (first is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
        {
            first = first.NextSibling;
        }

        if (first is not LinkInline { IsImage: false, Url: { Length: > 0 } url } link || url.StartsWith('#'))
        {
            return null;
        }

        var title = PlainText.Of(link).Trim();
        if (title.Length == 0 || title.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = passage.Text.Length > title.Length && passage.Text.StartsWith(title, StringComparison.Ordinal)
            ? passage.Text[title.Length..].TrimStart(' ', ':', '-', '–', '—', ',', '.')
            : string.Empty;
        return new LinkedTitle(title, url, rest);
    }

    /// <summary>True when the item is only links within the page: a table of contents ("- [Azure](#azure)").</summary>
    public static bool IsContentsEntry(Passage passage)
    {
        if (passage.Kind != PassageKind.ListItem || passage.Block is not ListItemBlock item
            || item.OfType<ParagraphBlock>().FirstOrDefault() is not { Inline: { } inline })
        {
            return false;
        }

        var links = inline.Descendants<LinkInline>().ToList();
        return links.Count > 0 && links.All(l => l.Url?.StartsWith('#') == true);
    }
}
