using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticCatalog.Rendering.ViewModels;

namespace StaticCatalog.Rendering;

/// <summary>
/// <c>post_summary item "h2" true</c>: a post's entry in a list, drawn by <c>partials/post-summary</c> once per post,
/// heading level and excerpt choice (the third argument, true when left out) and copied into every other list that shows it (a post is on about twenty lists: its tags, sections,
/// feed, kind, services, the archive). The partial is drawn in a context of its own that holds only <c>site</c>,
/// <c>item</c>, <c>heading</c> and <c>with_excerpt</c>, so an entry cannot depend on the page it is on; a partial that reads anything
/// else is an error at its line. One per renderer; thread-safe.
/// </summary>
public sealed class PostSummaryFunction : IScriptCustomFunction
{
    public const string Name = "post_summary";
    public const string Partial = "partials/post-summary.sbn-html";

    private readonly TemplateSet _templates;
    private readonly Func<TemplateContext> _newContext;
    private readonly ThreadLocal<TemplateContext?> _contexts = new();
    private readonly ConcurrentDictionary<(PostSummaryView Item, string Heading, bool WithExcerpt), TrustedHtml> _drawn = new();

    /// <param name="templates">The theme.</param>
    /// <param name="newContext">A context with the built-in functions and <c>site</c>, and nothing of any page.</param>
    public PostSummaryFunction(TemplateSet templates, Func<TemplateContext> newContext)
    {
        _templates = templates;
        _newContext = newContext;
    }

    public int RequiredParameterCount => 2;

    public int ParameterCount => 3;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index switch
        {
            0 => new ScriptParameterInfo(typeof(PostSummaryView), "item"),
            1 => new ScriptParameterInfo(typeof(string), "heading"),
            _ => new ScriptParameterInfo(typeof(bool), "with_excerpt", true),
        };

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        if (arguments.Count is < 2 or > 3 || arguments[0] is not PostSummaryView item || (arguments.Count == 3 && arguments[2] is not bool))
        {
            throw new ScriptRuntimeException(span, $"{Name} takes a post of a list, a heading element and whether to show the excerpt: {Name} item \"h2\" true");
        }

        if (!_templates.Contains(Partial))
        {
            throw new ScriptRuntimeException(span, $"{Name} needs {Partial} in the theme");
        }

        var key = (item, context.ObjectToString(arguments[1]) ?? "", arguments.Count < 3 || (bool)arguments[2]!);
        return _drawn.GetOrAdd(key, k => Draw(k.Item, k.Heading, k.WithExcerpt));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));

    private TrustedHtml Draw(PostSummaryView item, string heading, bool withExcerpt)
    {
        var context = _contexts.Value ??= _newContext();
        var scope = new ScriptObject();
        scope.SetValue("item", item, readOnly: true);
        scope.SetValue("heading", heading, readOnly: true);
        scope.SetValue("with_excerpt", withExcerpt, readOnly: true);
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
