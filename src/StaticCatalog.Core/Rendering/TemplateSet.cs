using Scriban;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Rendering;

/// <summary>
/// Every layout and partial of the theme, parsed once with its file path so that errors point at
/// <c>themes/default/layouts/post.sbn-html(12,5)</c>.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, (Template Template, string Text)> _templates;

    private TemplateSet(Dictionary<string, (Template, string)> templates)
    {
        _templates = templates;
    }

    public IReadOnlyCollection<string> Paths => _templates.Keys;

    public static TemplateSet Load(ThemeFiles files, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, (Template, string)>(StringComparer.Ordinal);
        foreach (var relative in files.List("layouts").Concat(files.List("partials")))
        {
            if (!relative.EndsWith(ThemeTemplateLoader.Extension, StringComparison.Ordinal) || files.Resolve(relative) is not { } full)
            {
                continue;
            }

            var display = files.Display(relative);
            var text = File.ReadAllText(full);
            var template = Template.Parse(text, display);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    diagnostics.Add(Diagnostic.Error(display, message.Span.Start.Line + 1, message.Span.Start.Column + 1,
                        DiagnosticCodes.TemplateSyntax, message.Message));
                }

                continue;
            }

            templates[relative] = (template, text);
        }

        return new TemplateSet(templates);
    }

    public bool Contains(string relativePath) => _templates.ContainsKey(relativePath);

    public Template Get(string relativePath) => _templates[relativePath].Template;

    public string Text(string relativePath) => _templates[relativePath].Text;

    /// <summary>Gives a render context the parsed templates, so includes are never parsed again.</summary>
    public void Preload(TemplateContext context)
    {
        foreach (var (path, entry) in _templates)
        {
            context.CachedTemplates[path] = entry.Template;
        }
    }
}
