using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticCatalog.Rendering;

/// <summary>
/// Resolves <c>include 'partials/post-list'</c> inside the theme (with input overrides). The path it
/// returns is the cache key of the parsed template; <see cref="TemplateSet"/> has parsed them all already.
/// </summary>
public sealed class ThemeTemplateLoader : ITemplateLoader
{
    public const string Extension = ".sbn-html";

    private readonly TemplateSet _templates;

    public ThemeTemplateLoader(TemplateSet templates)
    {
        _templates = templates;
    }

    public static string Normalize(string name)
    {
        var path = name.Replace('\\', '/').Trim();
        return path.EndsWith(Extension, StringComparison.Ordinal) ? path : path + Extension;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var key = Normalize(templateName);
        if (!_templates.Contains(key))
        {
            throw new ScriptRuntimeException(callerSpan,
                $"the template '{templateName}' is not in the theme (looked for {key} in the input and theme folders)");
        }

        return key;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _templates.Text(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
