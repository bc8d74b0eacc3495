using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticCatalog.Rendering.ViewModels;

namespace StaticCatalog.Rendering;

/// <summary>
/// <c>post_summary item "h2"</c>: a post's entry in a list, drawn by <c>partials/post-summary</c> once per post and
/// heading level and copied into every other list that shows it (a post is on about twenty lists: its tags, sections,
/// feed, kind, services, the archive). The partial is drawn in a context of its own that holds only <c>site</c>,
/// <c>item</c> and <c>heading</c>, so an entry cannot depend on the page it is on; a partial that reads anything
/// else is an error at its line. One per renderer; thread-safe.
/// </summary>
public sealed class PostSummaryFunction : IScriptCustomFunction
{
    public const string Name = "post_summary";
    public const string Partial = "partials/post-summary.sbn-html";

    private readonly TemplateSet _templates;
    private readonly Func<TemplateContext> _newContext;
    private readonly ThreadLocal<TemplateContext?> _contexts = new();
    private readonly ConcurrentDictionary<(PostSummaryView Item, string Heading), TrustedHtml> _drawn = new();

    /// <param name="templates">The theme.</param>
    /// <param name="newContext">A context with the built-in functions and <c>site</c>, and nothing of any page.</param>
    public PostSummaryFunction(TemplateSet templates, Func<TemplateContext> newContext)
    {
        _templates = templates;
        _newContext = newContext;
    }

    public int RequiredParameterCount => 2;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(PostSummaryView), "item") : new ScriptParameterInfo(typeof(string), "heading");

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count != 2 || arguments[0] is not PostSummaryView item)
        {
            throw new ScriptRuntimeException(span, $"{Name} takes a post of a list and a heading element: {Name} item \"h2\"");
        }

        if (!_templates.Contains(Partial))
        {
            throw new ScriptRuntimeException(span, $"{Name} needs {Partial} in the theme");
        }

        var heading = context.ObjectToString(arguments[1]) ?? "";
        return _drawn.TryGetValue((item, heading), out var html) ? html : _drawn.GetOrAdd((item, heading), Draw(item, heading));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));

    private TrustedHtml Draw(PostSummaryView item, string heading)
    {
        var context = _contexts.Value ??= _newContext();
        var scope = new ScriptObject();
        scope.SetValue("item", item, readOnly: true);
        scope.SetValue("heading", heading, readOnly: true);
        context.PushGlobal(scope);
        try
        {
            var html = new TrustedHtml(_templates.Get(Partial).Render(context));
            context.PopGlobal();
            return html;
        }
        catch (ScriptRuntimeException)
        {
            _contexts.Value = null; // a render stopped midway leaves its scope behind
            throw;
        }
    }
}
