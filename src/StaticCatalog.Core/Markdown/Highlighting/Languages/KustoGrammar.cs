using ColorCode.Common;
using static StaticCatalog.Markdown.Highlighting.Languages.GrammarRules;

namespace StaticCatalog.Markdown.Highlighting.Languages;

/// <summary>Kusto Query Language (Azure Data Explorer, Log Analytics, Sentinel): operators, functions, literals.</summary>
public static class KustoGrammar
{
    public static GrammarLanguage Language { get; } = new("staticcatalog-kusto", "Kusto",
    [
        SlashComment,
        Whole(@"@""[^""]*""|@'[^']*'", ScopeName.String),
        DoubleQuoted,
        Whole(@"'(?:[^'\\\r\n]|\\.)*'", ScopeName.String),
        Words(ScopeName.Keyword,
            "where", "project", "project-away", "project-keep", "project-rename", "project-reorder", "extend",
            "summarize", "by", "take", "limit", "top", "top-nested", "sort", "order", "asc", "desc", "nulls", "first",
            "last", "join", "kind", "on", "union", "let", "render", "count", "distinct", "mv-expand", "mv-apply",
            "parse", "parse-where", "evaluate", "as", "and", "or", "not", "in", "!in", "has", "!has", "has_any",
            "has_all", "hasprefix", "hassuffix", "contains", "!contains", "contains_cs", "startswith", "!startswith",
            "endswith", "!endswith", "matches", "regex", "between", "!between", "materialize", "datatable", "print",
            "range", "from", "to", "step", "with", "getschema", "search", "find", "invoke", "lookup", "make-series",
            "partition", "sample", "sample-distinct", "serialize", "facet", "fork", "scan", "inner", "innerunique",
            "leftouter", "rightouter", "fullouter", "leftanti", "rightanti", "leftsemi", "rightsemi", "anti", "semi",
            "true", "false", "null", "database", "cluster", "table", "externaldata", "set", "alias", "declare",
            "pattern", "restrict", "access", "typeof"),
        Whole(@"(?<![\w.-])\d+(?:\.\d+)?(?:d|h|m|s|ms|min|sec|tick|ticks|microsecond|microseconds)?(?![\w.-])", ScopeName.Number),
        // A function call: ago(1d), bin(TimeGenerated, 5m), dcount(x).
        Whole(@"(?<![\w.-])[A-Za-z_][\w]*(?=\()", ScopeName.BuiltinFunction),
        Whole(@"\|", ScopeName.Operator),
    ]);
}
