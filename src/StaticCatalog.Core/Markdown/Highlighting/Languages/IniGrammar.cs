using ColorCode.Common;
using static StaticCatalog.Markdown.Highlighting.Languages.GrammarRules;

namespace StaticCatalog.Markdown.Highlighting.Languages;

/// <summary>INI, TOML, .env and .properties files: sections, keys, values, comments.</summary>
public static class IniGrammar
{
    public static GrammarLanguage Language { get; } = new("staticcatalog-ini", "INI",
    [
        Whole(@"^[ \t]*[;\#].*$", ScopeName.Comment),
        Whole(@"^[ \t]*\[\[?[^\]\r\n]*\]\]?", ScopeName.Keyword),
        Whole(@"(?<=^[ \t]*(?:export[ \t]+)?)[\w.""-]+(?=[ \t]*[=:])", ScopeName.Attribute),
        Whole(@"""""""[\s\S]*?""""""|'''[\s\S]*?'''", ScopeName.String),
        DoubleQuoted,
        SingleQuoted,
        Whole(@"(?<==[ \t]*)(?:true|false)(?=[ \t]*(?:[\#;]|$))", ScopeName.Keyword),
        Number,
    ]);
}
