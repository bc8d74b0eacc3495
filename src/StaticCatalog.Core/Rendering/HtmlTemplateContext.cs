using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using StaticCatalog.Rendering.ViewModels;

namespace StaticCatalog.Rendering;

/// <summary>
/// A Scriban context whose <c>{{ ... }}</c> output is HTML-escaped by default: a value is written as it is only
/// when it is <see cref="TrustedHtml"/> (which only view models make) or the output of a <c>capture</c> block (made of
/// template text and values escaped as they were written). Text the template itself holds outside
/// <c>{{ }}</c> is markup and is written as it is. Escaping is <see cref="WebUtility.HtmlEncode(string)"/>, the
/// same as Scriban's <c>html.escape</c>: <c>&lt; &gt; &amp; " '</c> and the characters U+00A0 to U+00FF become entities,
/// which is correct in element text and in quoted attribute values alike.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var html = ToHtml(textAsObject);
        return html is null ? this : Write(html);
    }

    public override async ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject)
    {
        var html = ToHtml(textAsObject);
        return html is null ? this : await WriteAsync(html).ConfigureAwait(false);
    }

    /// <summary>Text as HTML: escaped.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>What a value writes into the page; null writes nothing.</summary>
    private string? ToHtml(object? value) => value switch
    {
        null => null,
        TrustedHtml html => html.Html,
        IScriptOutput captured => captured.ToString(),
        _ => ObjectToString(value) is { } text ? Escape(text) : null,
    };
}
