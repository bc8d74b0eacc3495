using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace StaticCatalog.Rendering.ViewModels;

/// <summary>
/// Front-matter keys as templates see them: a key a post does not have reads as null, so
/// <c>{{ if post.extra.product }}</c> works under strict variables, as Hugo's <c>.Params</c> does.
/// </summary>
public sealed class OptionalKeysObject : ScriptObject
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.TryGetValue(context, span, member, out value))
        {
            value = null;
        }

        return true;
    }
}
