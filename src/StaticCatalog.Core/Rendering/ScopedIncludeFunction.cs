using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticCatalog.Rendering.ViewModels;

namespace StaticCatalog.Rendering;

/// <summary>
/// <c>include 'partials/pager' pager: list.pager</c>: renders a partial with its named arguments as variables of a
/// scope of its own, pushed for the call and popped after it. The arguments, and whatever the partial assigns,
/// are not seen by the caller, by later includes or by the layout. The partial's output is
/// <see cref="TrustedHtml"/>: it was escaped as it was written, so the caller writes it as it is.
/// </summary>
public sealed class ScopedIncludeFunction : IScriptCustomFunction
{
    /// <summary>Scriban's own include, for its description of the parameters.</summary>
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var call = callerContext ?? throw new ArgumentNullException(nameof(callerContext));
        var name = arguments.Count > 0 ? context.ObjectToString(arguments[0]) : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ScriptRuntimeException(call.Span, "include needs the name of a partial: include 'partials/pager' pager: list.pager");
        }

        var path = context.GetTemplatePathFromName(name, call) ?? throw new ScriptRuntimeException(call.Span, $"the template '{name}' is not in the theme");
        var template = context.GetOrCreateTemplate(path, call);
        var scope = NamedArguments(context, call);
        context.PushGlobal(scope);
        try
        {
            // A call node with the caller's place but no named arguments: Scriban's renderer would evaluate them a
            // second time and add them as $name locals.
            return new TrustedHtml(context.RenderTemplate(template, arguments, new ScriptFunctionCall { Span = call.Span }));
        }
        finally
        {
            context.PopGlobal();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The named arguments, evaluated in the caller's scope, as the partial's scope.</summary>
    private static ScriptObject NamedArguments(TemplateContext context, ScriptNode callerContext)
    {
        var scope = new ScriptObject();
        if (callerContext is ScriptFunctionCall call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument is ScriptNamedArgument { Name: { } name, Value: { } value })
                {
                    scope.SetValue(name.Name, context.Evaluate(value), readOnly: false);
                }
            }
        }

        return scope;
    }
}
