using Markdig.Helpers;
using Markdig.Parsers;

namespace StaticCatalog.Markdown;

/// <summary>
/// Recognizes <c>{% name args %}</c> on one line of inline text. Code spans and code blocks are never
/// seen here, so a tag quoted as code stays code.
/// </summary>
public sealed class LiquidTagInlineParser : InlineParser
{
    public LiquidTagInlineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '%')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var end = -1;
        for (var i = start + 2; i < slice.End; i++)
        {
            if (text[i] == '\n')
            {
                break;
            }

            if (text[i] == '%' && text[i + 1] == '}')
            {
                end = i + 1;
                break;
            }
        }

        if (end < 0)
        {
            return false;
        }

        var inner = text.Substring(start + 2, end - 1 - (start + 2)).Trim();
        var space = inner.IndexOfAny([' ', '\t']);
        var name = space < 0 ? inner : inner[..space];
        var arguments = space < 0 ? string.Empty : inner[(space + 1)..].Trim();
        if (name.Length == 0)
        {
            return false;
        }

        var sourceStart = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new LiquidTagInline
        {
            Name = name,
            Arguments = arguments,
            RawText = text.Substring(start, end - start + 1),
            Span = new Markdig.Syntax.SourceSpan(sourceStart, sourceStart + end - start),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}
