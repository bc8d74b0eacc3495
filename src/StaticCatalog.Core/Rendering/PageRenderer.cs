using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticCatalog.Diagnostics;
using StaticCatalog.Output;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>
/// The render stage for one page: the page's layout draws the content, then <c>layouts/base</c> wraps it.
/// Post bodies and front-matter values reach Scriban only as values, so <c>{{ ... }}</c> written in a
/// post is shown, never run; every value a template writes is HTML-escaped unless its view model marks it
/// <see cref="TrustedHtml"/> (<see cref="HtmlTemplateContext"/>). Thread-safe: each thread renders with a <see cref="TemplateContext"/> of its own,
/// reused from page to page (it caches how each view model type is read, and keeps its output buffer), with the
/// page's variables pushed as a fresh global scope and popped after.
/// </summary>
public sealed class PageRenderer : IDisposable
{
    public const string BaseLayout = "layouts/base.sbn-html";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly TemplateSet _templates;
    private readonly ThemeTemplateLoader _loader;
    private readonly SiteView _site;
    private readonly int _loopLimit;
    private readonly ThreadLocal<TemplateContext?> _contexts = new();

    /// <summary>Scriban's built-in functions as themes get them, and <c>post_summary</c>, made once: safe to share across threads.</summary>
    private readonly ScriptObject _builtins;

    /// <param name="templates">The parsed theme.</param>
    /// <param name="site">What every template sees as <c>site</c>.</param>
    /// <param name="largestCollection">The longest list a template may loop over (posts, tags); loop limits are sized from it.</param>
    public PageRenderer(TemplateSet templates, SiteView site, int largestCollection)
    {
        _templates = templates;
        _loader = new ThemeTemplateLoader(templates);
        _site = site;
        _loopLimit = Math.Max(10_000, largestCollection * 4);
        _builtins = ThemeBuiltins.Create();
        _builtins.SetValue(PostSummaryFunction.Name, new PostSummaryFunction(templates, CreateContext), readOnly: true);
    }

    /// <summary>The layouts a site needs; a theme missing one of these is reported before any page is drawn.</summary>
    public static IReadOnlyList<string> RequiredLayouts { get; } =
        [BaseLayout, .. PageKinds.All.Select(k => k.LayoutPath).Distinct(StringComparer.Ordinal)];

    public (OutputFile? File, Diagnostic? Error) Render(PageSpec spec) => Render(spec, spec.MakeModel());

    /// <param name="spec">The page.</param>
    /// <param name="model">Its model, made by <see cref="PageSpec.MakeModel"/>.</param>
    public (OutputFile? File, Diagnostic? Error) Render(PageSpec spec, object model)
    {
        var layout = spec.Kind.LayoutPath;
        if (!_templates.Contains(layout) || !_templates.Contains(BaseLayout))
        {
            // Reported when the theme was loaded (missing, or it does not parse); --keep-going still draws the other pages.
            var missing = _templates.Contains(layout) ? BaseLayout : layout;
            return (null, Diagnostic.Error(missing, 0, 0, DiagnosticCodes.TemplateNotFound,
                $"the theme has no usable {missing} (while rendering /{spec.SitePath})"));
        }

        var context = _contexts.Value ??= CreateContext();
        var globals = new ScriptObject();
        globals.SetValue("page", spec.Page, readOnly: true);
        globals.SetValue(spec.Kind.ModelName, model, readOnly: true);
        context.PushGlobal(globals);
        try
        {
            var content = _templates.Get(layout).Render(context);
            globals.SetValue("content", new TrustedHtml(content), readOnly: true);
            var html = _templates.Get(BaseLayout).Render(context);
            context.PopGlobal();
            return (new OutputFile(SitePaths.FileOf(spec.SitePath), Utf8.GetBytes(html)), null);
        }
        catch (ScriptRuntimeException ex)
        {
            _contexts.Value = null; // a render stopped midway leaves scopes and output behind: the next page gets a new context
            var span = ex.Span;
            var file = string.IsNullOrEmpty(span.FileName) ? layout : span.FileName;
            return (null, Diagnostic.Error(file, span.Start.Line + 1, span.Start.Column + 1, DiagnosticCodes.TemplateRuntime,
                $"{ex.OriginalMessage} (while rendering /{spec.SitePath})"));
        }
    }

    public void Dispose() => _contexts.Dispose();

    /// <summary>
    /// A context for one thread: the built-in functions, then <c>site</c> (the same for every page); each page pushes
    /// <c>page</c>, its model under its name, and (for the base layout) <c>content</c> above them.
    /// </summary>
    private TemplateContext CreateContext()
    {
        var site = new ScriptObject();
        site.SetValue("site", _site, readOnly: true);
        var context = new HtmlTemplateContext(_builtins)
        {
            TemplateLoader = _loader,
            MemberRenamer = StandardMemberRenamer.Default,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = _loopLimit,
            RecursiveLimit = 64,
            LimitToString = 0,
        };
        _templates.Preload(context);
        context.PushCulture(CultureInfo.InvariantCulture); // the output never depends on the machine's language
        context.PushGlobal(site);
        return context;
    }
}
