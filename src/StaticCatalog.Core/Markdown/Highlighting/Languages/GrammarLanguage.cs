using ColorCode;

namespace StaticCatalog.Markdown.Highlighting.Languages;

/// <summary>
/// A grammar of our own for a language ColorCode lacks: ordered regex rules, each naming the scope of its whole
/// match or of its groups. ColorCode joins the rules into one alternation (multi-line mode, case-sensitive), so
/// at one position the first rule that matches wins, and a rule must use <c>(?:...)</c> for groups it does not
/// name (ColorCode counts every unescaped <c>(</c> not followed by <c>?</c>, even inside <c>[...]</c>).
/// </summary>
public sealed class GrammarLanguage(string id, string name, IList<LanguageRule> rules) : ILanguage
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public string CssClassName => Id;

    public string? FirstLinePattern => null;

    public IList<LanguageRule> Rules { get; } = rules;

    /// <summary>Aliases are resolved by <see cref="CodeLanguages"/>, not by ColorCode's repository.</summary>
    public bool HasAlias(string lang) => false;
}
