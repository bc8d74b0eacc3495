using System.Collections.Frozen;
using ColorCode.Common;

namespace StaticCatalog.Markdown.Highlighting;

/// <summary>
/// The CSS classes a highlighted token gets (<c>tok-keyword</c>, ...), styled by the theme's <c>code.css</c>.
/// ColorCode names scopes per language ("Json Key", "XML Attribute", "PowerShell Parameter"); they are folded into
/// a few roles, so one palette, checked for contrast in both colour schemes, covers every language. A scope not
/// listed here gets no span: its text keeps the colour of what encloses it.
/// </summary>
public static class TokenClasses
{
    public const string Comment = "tok-comment";
    public const string Keyword = "tok-keyword";
    public const string String = "tok-string";
    public const string Number = "tok-number";
    public const string Type = "tok-type";
    public const string Function = "tok-function";
    public const string Variable = "tok-variable";
    public const string Attribute = "tok-attr";
    public const string Tag = "tok-tag";
    public const string Punctuation = "tok-punct";

    /// <summary>Every class above, in the order code.css defines their colours.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Comment, Keyword, String, Number, Type, Function, Variable, Attribute, Tag, Punctuation];

    /// <summary>A scope name of our own grammars (ColorCode has none for a shell or YAML variable).</summary>
    public const string VariableScope = "Variable";

    private static readonly FrozenDictionary<string, string> ByScope = new Dictionary<string, string>
    {
        [ScopeName.Comment] = Comment,
        [ScopeName.XmlComment] = Comment,
        [ScopeName.XmlDocComment] = Comment,
        [ScopeName.HtmlComment] = Comment,

        [ScopeName.Keyword] = Keyword,
        [ScopeName.ControlKeyword] = Keyword,
        [ScopeName.PseudoKeyword] = Keyword,
        [ScopeName.PreprocessorKeyword] = Keyword,
        [ScopeName.JsonConst] = Keyword,
        [ScopeName.BuiltinValue] = Keyword,

        [ScopeName.String] = String,
        [ScopeName.StringCSharpVerbatim] = String,
        [ScopeName.JsonString] = String,
        [ScopeName.XmlAttributeValue] = String,
        [ScopeName.HtmlAttributeValue] = String,
        [ScopeName.XmlCDataSection] = String,
        [ScopeName.CssPropertyValue] = String,
        [ScopeName.MarkdownCode] = String,

        [ScopeName.Number] = Number,
        [ScopeName.JsonNumber] = Number,
        [ScopeName.HtmlEntity] = Number,

        [ScopeName.Type] = Type,
        [ScopeName.ClassName] = Type,
        [ScopeName.PowerShellType] = Type,
        [ScopeName.Constructor] = Type,
        [ScopeName.NameSpace] = Type,

        [ScopeName.BuiltinFunction] = Function,
        [ScopeName.Intrinsic] = Function,
        [ScopeName.SqlSystemFunction] = Function,
        [ScopeName.PowerShellCommand] = Function,
        [ScopeName.Predefined] = Function,

        [VariableScope] = Variable,
        [ScopeName.PowerShellVariable] = Variable,
        [ScopeName.TypeVariable] = Variable,

        [ScopeName.Attribute] = Attribute,
        [ScopeName.XmlAttribute] = Attribute,
        [ScopeName.HtmlAttributeName] = Attribute,
        [ScopeName.JsonKey] = Attribute,
        [ScopeName.CssPropertyName] = Attribute,
        [ScopeName.PowerShellParameter] = Attribute,
        [ScopeName.PowerShellAttribute] = Attribute,

        [ScopeName.XmlName] = Tag,
        [ScopeName.XmlDocTag] = Tag,
        [ScopeName.HtmlElementName] = Tag,
        [ScopeName.CssSelector] = Tag,
        [ScopeName.MarkdownHeader] = Tag,

        [ScopeName.XmlDelimiter] = Punctuation,
        [ScopeName.XmlAttributeQuotes] = Punctuation,
        [ScopeName.HtmlTagDelimiter] = Punctuation,
        [ScopeName.HtmlOperator] = Punctuation,
        [ScopeName.PowerShellOperator] = Punctuation,
        [ScopeName.Operator] = Punctuation,
        [ScopeName.Delimiter] = Punctuation,
        [ScopeName.Brackets] = Punctuation,
        [ScopeName.MarkdownListItem] = Punctuation,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The class for a ColorCode scope name, or null when the scope is not shown.</summary>
    public static string? Of(string scopeName) => ByScope.GetValueOrDefault(scopeName);
}
