using System.Text;
using System.Text.RegularExpressions;
using ColorCode;
using ColorCode.Common;
using ColorCode.Parsing;

namespace StaticCatalog.Markdown.Highlighting;

/// <summary>
/// Turns a code block's text into HTML with token classes (<c>&lt;span class="tok-keyword"&gt;</c>), escaped, with
/// no inline colour. Thread-safe: posts are parsed in parallel. Each grammar is compiled to one regex the first
/// time a block of its language is met and kept in a concurrent cache; a regex matches on many threads at once.
/// The text of the HTML is exactly the code: only spans are added. A block whose backtracking grammar takes longer
/// than <see cref="MatchTimeout"/> on one match is left plain rather than stall the build (see
/// <see cref="TimeLimitedLanguageCompiler"/>).
/// </summary>
public sealed class CodeHighlighter
{
    /// <summary>
    /// The time limit on one match of a backtracking grammar. Corpus blocks take microseconds to a few milliseconds;
    /// at 2 s, ordinary bash and Python blocks met it on a machine at load 70, and two builds differed. No corpus block meets 30 s
    /// now that the Markdown grammar, which ran away on one, is not used (<see cref="CodeLanguages"/>).
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The one instance the pipeline uses, so compiled grammars are shared by every renderer. Declared after
    /// <see cref="MatchTimeout"/>, which its constructor reads (static fields are initialized in order).
    /// </summary>
    public static CodeHighlighter Shared { get; } = new();

    private readonly LanguageParser _parser;

    public CodeHighlighter()
    {
        // ColorCode's own repository serves the grammars that embed others (HTML embeds JavaScript and CSS).
        var repository = new LanguageRepository(ColorCode.Languages.All.ToDictionary(l => l.Id, l => l));
        _parser = new LanguageParser(new TimeLimitedLanguageCompiler(MatchTimeout), repository);
    }

    /// <summary>The highlighted, escaped HTML of the code, or null when the language has no grammar.</summary>
    public string? ToHtml(string code, string? language)
    {
        var grammar = CodeLanguages.Find(language);
        if (grammar is null)
        {
            return null;
        }

        var html = new StringBuilder(code.Length + code.Length / 2);
        try
        {
            _parser.Parse(code, grammar, (fragment, scopes) => WriteScoped(html, fragment, scopes, 0, fragment.Length));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return html.ToString();
    }

    /// <summary>
    /// Writes <paramref name="text"/>[start..end] with the scopes (indexes relative to the fragment, children
    /// inside their parent, in order, as ColorCode builds them) as nested spans. A scope is clamped to its parent
    /// and to what is already written, so the text is written once and in order whatever the scopes say.
    /// </summary>
    private static void WriteScoped(StringBuilder html, string text, IList<Scope> scopes, int start, int end)
    {
        var position = start;
        foreach (var scope in scopes)
        {
            var scopeStart = Math.Clamp(scope.Index, position, end);
            var scopeEnd = Math.Clamp(scope.Index + scope.Length, scopeStart, end);
            if (scopeEnd == scopeStart)
            {
                continue;
            }

            Escape(html, text.AsSpan(position, scopeStart - position));
            var cssClass = TokenClasses.Of(scope.Name);
            if (cssClass is not null)
            {
                html.Append("<span class=\"").Append(cssClass).Append("\">");
            }

            WriteScoped(html, text, scope.Children, scopeStart, scopeEnd);
            if (cssClass is not null)
            {
                html.Append("</span>");
            }

            position = scopeEnd;
        }

        Escape(html, text.AsSpan(position, end - position));
    }

    /// <summary>Escapes as Markdig does for code: <c>&amp; &lt; &gt; "</c>.</summary>
    private static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }
    }
}
