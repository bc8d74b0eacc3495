using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StaticCatalog.Markdown.Highlighting;

/// <summary>
/// Renders a fenced block whose language has a grammar as <c>&lt;pre class="highlight"&gt;&lt;code
/// class="language-x"&gt;</c> with token spans; every other code block (no language, an unknown one, mermaid,
/// indented code) goes to Markdig's own renderer, so it stays plain escaped text.
/// </summary>
public sealed class HighlightedCodeBlockRenderer(CodeBlockRenderer plain, CodeHighlighter highlighter) : HtmlObjectRenderer<CodeBlock>
{
    /// <summary>Markdig's renderer, for the blocks this one does not highlight.</summary>
    public CodeBlockRenderer Plain { get; } = plain;

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var html = renderer.EnableHtmlForBlock && renderer.EnableHtmlEscape && block is FencedCodeBlock fenced
            ? highlighter.ToHtml(TextOf(block), fenced.Info)
            : null;
        if (html is null)
        {
            ((IMarkdownObjectRenderer)Plain).Write(renderer, block);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<pre class=\"highlight\"><code").WriteAttributes(block).Write('>');
        renderer.Write(html);
        renderer.WriteLine("</code></pre>");
    }

    /// <summary>The block's lines, each ending in a line feed, as Markdig writes them.</summary>
    private static string TextOf(LeafBlock block)
    {
        var lines = block.Lines;
        var length = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            length += lines.Lines[i].Slice.Length + 1;
        }

        return string.Create(length, lines, static (span, lines) =>
        {
            var position = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines.Lines[i].Slice.AsSpan();
                line.CopyTo(span[position..]);
                position += line.Length;
                span[position++] = '\n';
            }
        });
    }
}
