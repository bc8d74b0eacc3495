using ColorCode;
using ColorCode.Common;

namespace StaticCatalog.Markdown.Highlighting.Languages;

/// <summary>Rules the grammars share: comments, quoted strings, numbers, words.</summary>
internal static class GrammarRules
{
    /// <summary>A rule whose whole match is one scope.</summary>
    public static LanguageRule Whole(string regex, string scope) => new(regex, new Dictionary<int, string> { [0] = scope });

    /// <summary><c># ...</c> to the end of the line, at its start or after a space (so <c>${#x}</c> and <c>a#b</c> are no comment).</summary>
    public static LanguageRule HashComment { get; } = Whole(@"(?<=^|\s)\#.*$", ScopeName.Comment);

    /// <summary><c>// ...</c> to the end of the line.</summary>
    public static LanguageRule SlashComment { get; } = Whole(@"//.*$", ScopeName.Comment);

    /// <summary>A double-quoted string on one line, with backslash escapes.</summary>
    public static LanguageRule DoubleQuoted { get; } = Whole(@"""(?:[^""\\\r\n]|\\.)*""", ScopeName.String);

    /// <summary>A single-quoted string on one line (no escapes: <c>''</c> in YAML and SQL-like languages is two quotes).</summary>
    public static LanguageRule SingleQuoted { get; } = Whole(@"'[^'\r\n]*'", ScopeName.String);

    /// <summary>A decimal number that is a word of its own (not the 2 of <c>gpt-4o2</c> or <c>v2</c>).</summary>
    public static LanguageRule Number { get; } = Whole(@"(?<![\w.-])-?\d+(?:\.\d+)?(?![\w.-])", ScopeName.Number);

    /// <summary>
    /// One of the words, standing alone: not part of a longer word, a hyphenated name (<c>my-set-name</c>), a path
    /// or a dotted name.
    /// </summary>
    public static LanguageRule Words(string scope, params string[] words) =>
        Whole(@"(?<![\w./-])(?:" + string.Join('|', words.Select(System.Text.RegularExpressions.Regex.Escape)) + @")(?![\w/-])", scope);
}
