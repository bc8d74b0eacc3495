using ColorCode.Common;
using static StaticCatalog.Markdown.Highlighting.Languages.GrammarRules;

namespace StaticCatalog.Markdown.Highlighting.Languages;

/// <summary>YAML as posts write it (workflows, Kubernetes manifests, configuration): keys, scalars, comments.</summary>
public static class YamlGrammar
{
    public static GrammarLanguage Language { get; } = new("staticcatalog-yaml", "YAML",
    [
        HashComment,
        // ${{ ... }} expressions of GitHub Actions, before strings so that quotes inside them do not split them.
        Whole(@"\$\{\{.*?\}\}", TokenClasses.VariableScope),
        // A key: at the start of a line or of a list item, before ": " or a final ":".
        Whole(@"(?<=^[ \t]*(?:-[ \t]+)*)(?:[^\s#'""\-?:,\[\]{}&*!|>%@`][^\r\n:#]*?|""[^""\r\n]*""|'[^'\r\n]*')(?=[ \t]*:(?:[ \t]|$))", ScopeName.Attribute),
        DoubleQuoted,
        SingleQuoted,
        Whole(@"^(?:---|\.\.\.)[ \t]*$", ScopeName.Delimiter),
        // Anchors, aliases and tags.
        Whole(@"(?<=\s)[&*][\w-]+|(?<=\s)!!?[\w-]+", ScopeName.Type),
        // A plain scalar that is a constant or a number, as a whole value.
        Whole(@"(?<=(?::|^[ \t]*-)[ \t]+)(?:true|false|null|True|False|Null|TRUE|FALSE|NULL|~)(?=[ \t]*(?:\#|$))", ScopeName.Keyword),
        Whole(@"(?<=(?::|^[ \t]*-)[ \t]+)[-+]?\d[\d_]*(?:\.\d+)?(?:[eE][-+]?\d+)?(?=[ \t]*(?:\#|$))", ScopeName.Number),
        Whole(@"(?<=^[ \t]*)-(?=[ \t]|$)|(?<=:[ \t]*)[|>][-+]?(?=[ \t]*$)", ScopeName.Delimiter),
    ]);
}
