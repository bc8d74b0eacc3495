using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticCatalog.Markdown;

/// <summary>The readable text of Markdown nodes (no markup), with white space folded.</summary>
public static class PlainText
{
    public static string Of(MarkdownObject node)
    {
        var builder = new StringBuilder();
        Append(node, builder);
        return Fold(builder.ToString());
    }

    private static void Append(MarkdownObject node, StringBuilder builder)
    {
        switch (node)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlInline or HtmlEntityInline:
                if (node is HtmlEntityInline entity)
                {
                    builder.Append(entity.Transcoded.AsSpan());
                }

                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                Append(inline, builder);
                builder.Append(' ');
                break;
            case ContainerBlock blocks:
                foreach (var child in blocks)
                {
                    Append(child, builder);
                }

                break;
        }
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
