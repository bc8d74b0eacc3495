using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticCatalog.Markdown;

/// <summary>
/// Posts write <c>Span&lt;T&gt;</c>, <c>&lt;filename&gt;</c> or <c>&lt;rg-name&gt;</c> in running text; Markdown
/// reads those as raw HTML tags, so the reader would lose the words and the page would not parse cleanly.
/// An inline tag whose name is no HTML element is shown as the text it is.
/// </summary>
public sealed class RawHtmlTextExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= ShowUnknownTagsAsText;
        pipeline.DocumentProcessed += ShowUnknownTagsAsText;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void ShowUnknownTagsAsText(MarkdownDocument document)
    {
        foreach (var tag in document.Descendants<HtmlInline>().ToList())
        {
            var name = TagName(tag.Tag);
            if (name.IsEmpty)
            {
                continue; // a comment, a declaration or a processing instruction
            }

            if (!HtmlElementNames.IsKnown(name))
            {
                tag.ReplaceBy(new LiteralInline(tag.Tag) { Span = tag.Span, Line = tag.Line, Column = tag.Column });
            }
        }
    }

    /// <summary>The element name of <c>&lt;name ...&gt;</c> or <c>&lt;/name&gt;</c>; empty for anything else.</summary>
    internal static ReadOnlySpan<char> TagName(string tag)
    {
        var start = tag.StartsWith("</", StringComparison.Ordinal) ? 2 : 1;
        var end = start;
        while (end < tag.Length && (char.IsAsciiLetterOrDigit(tag[end]) || tag[end] is '-' or '_' or ':' or '.'))
        {
            end++;
        }

        return end > start && char.IsAsciiLetter(tag[start]) ? tag.AsSpan(start, end - start) : [];
    }
}
