using ColorCode.Common;
using static StaticCatalog.Markdown.Highlighting.Languages.GrammarRules;

namespace StaticCatalog.Markdown.Highlighting.Languages;

/// <summary>
/// JSON, with the comments of JSONC. ColorCode has a JSON grammar, but its string rules backtrack without end on
/// some corpus blocks (minutes for one block of a few kilobytes); these rules match in linear time.
/// </summary>
public static class JsonGrammar
{
    public static GrammarLanguage Language { get; } = new("staticcatalog-json", "JSON",
    [
        SlashComment,
        Whole(@"/\*[\s\S]*?\*/", ScopeName.Comment),
        Whole(@"""(?:[^""\\\r\n]|\\.)*""(?=[ \t]*:)", ScopeName.JsonKey),
        DoubleQuoted,
        Words(ScopeName.JsonConst, "true", "false", "null"),
        Whole(@"(?<![\w.-])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w.-])", ScopeName.JsonNumber),
    ]);
}
