using System.Collections.Frozen;
using ColorCode;
using StaticCatalog.Markdown.Highlighting.Languages;

namespace StaticCatalog.Markdown.Highlighting;

/// <summary>
/// The grammar for a fenced block's language name, as posts write it (<c>csharp</c>, <c>cs</c>, <c>C#</c>,
/// <c>sh</c>, <c>yml</c>, <c>kql</c>), case-insensitive. Names not listed (<c>text</c>, <c>console</c>,
/// <c>http</c>, <c>bicep</c>, ...) have none and stay plain text. ColorCode's Markdown grammar is left out on
/// purpose: it backtracks without end on a block that opens with <c>---</c> front matter (a corpus post), and
/// its time limit then decided, by the machine's speed, whether the block was highlighted.
/// </summary>
public static class CodeLanguages
{
    private static readonly FrozenDictionary<string, ILanguage> ByName = Build(
        (ColorCode.Languages.CSharp, ["csharp", "cs", "c#", "c-sharp"]),
        (ColorCode.Languages.FSharp, ["fsharp", "fs", "f#"]),
        (ColorCode.Languages.VbDotNet, ["vb", "vbnet", "vb.net"]),
        (ColorCode.Languages.Python, ["python", "py", "python3"]),
        (ColorCode.Languages.Java, ["java"]),
        (ColorCode.Languages.JavaScript, ["javascript", "js", "jsx", "mjs", "cjs", "node"]),
        (ColorCode.Languages.Typescript, ["typescript", "ts", "tsx"]),
        (ColorCode.Languages.PowerShell, ["powershell", "pwsh", "ps1", "ps"]),
        (ColorCode.Languages.Sql, ["sql", "tsql", "t-sql"]),
        (ColorCode.Languages.Cpp, ["cpp", "c++", "c", "h", "hpp", "cc"]),
        (ColorCode.Languages.Css, ["css"]),
        (ColorCode.Languages.Php, ["php"]),
        (ColorCode.Languages.Haskell, ["haskell", "hs"]),
        (ColorCode.Languages.Xml, ["xml", "xaml", "csproj", "svg", "xsd", "plist"]),
        (ColorCode.Languages.Html, ["html", "htm", "xhtml"]),
        (JsonGrammar.Language, ["json", "jsonc", "json5"]),
        (ShellGrammar.Language, ["bash", "sh", "shell", "zsh", "shellscript", "curl"]),
        (YamlGrammar.Language, ["yaml", "yml"]),
        (KustoGrammar.Language, ["kusto", "kql"]),
        (IniGrammar.Language, ["ini", "toml", "cfg", "conf", "properties", "env", "dotenv", "editorconfig"]));

    /// <summary>Every language name that gets highlighted, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = ByName.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The grammar for a fenced block's language name, or null when it has none.</summary>
    public static ILanguage? Find(string? name) =>
        string.IsNullOrEmpty(name) ? null : ByName.GetValueOrDefault(name);

    private static FrozenDictionary<string, ILanguage> Build(params (ILanguage? Language, string[] Names)[] entries)
    {
        var byName = new Dictionary<string, ILanguage>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, names) in entries)
        {
            foreach (var name in names)
            {
                byName.Add(name, language ?? throw new InvalidOperationException($"ColorCode has no grammar for {name}"));
            }
        }

        return byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
