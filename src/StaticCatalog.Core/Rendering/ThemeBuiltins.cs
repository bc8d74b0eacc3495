using System.Text.RegularExpressions;
using Scriban.Functions;
using Scriban.Runtime;
using StaticCatalog.Rendering.ViewModels;

namespace StaticCatalog.Rendering;

/// <summary>
/// Scriban's built-in functions as themes get them: <c>include</c> takes named arguments in a scope of their own
/// (<see cref="ScopedIncludeFunction"/>); <c>html.escape</c> and <c>html.newline_to_br</c> give
/// <see cref="TrustedHtml"/>, so a theme written for Scriban's defaults is not escaped twice; and
/// <c>object.eval</c> and <c>object.eval_template</c>, which would run a post's text as template code, are
/// not there. Made once per renderer: read-only and safe to share across threads.
/// </summary>
public static class ThemeBuiltins
{
    /// <summary>The functions that would run a value as template code.</summary>
    private static readonly string[] Removed = ["eval", "eval_template"];

    public static ScriptObject Create()
    {
        var builtins = new BuiltinFunctions();
        builtins.SetValue("include", new ScopedIncludeFunction(), readOnly: true);
        builtins.SetValue("html", HtmlFunctions(), readOnly: true);
        builtins.SetValue("object", Without((ScriptObject)builtins["object"]!, Removed), readOnly: true);
        return builtins;
    }

    private static ScriptObject HtmlFunctions()
    {
        var html = Without(new Scriban.Functions.HtmlFunctions(), ["escape", "newline_to_br"]);
        html.Import("escape", new Func<string?, TrustedHtml>(text => text is null ? TrustedHtml.Empty : new TrustedHtml(HtmlTemplateContext.Escape(text))));
        html.Import("newline_to_br", new Func<string?, TrustedHtml>(text => text is null
            ? TrustedHtml.Empty
            : new TrustedHtml(Regex.Replace(HtmlTemplateContext.Escape(text), "\r\n|\r|\n", "<br />$0", RegexOptions.None, TimeSpan.FromSeconds(1)))));
        return html;
    }

    private static ScriptObject Without(ScriptObject functions, string[] names)
    {
        var copy = new ScriptObject();
        foreach (var (name, value) in functions.Where(f => !names.Contains(f.Key)))
        {
            copy.SetValue(name, value, readOnly: true);
        }

        return copy;
    }
}
