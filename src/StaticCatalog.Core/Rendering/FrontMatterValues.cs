using Scriban.Runtime;
using StaticCatalog.Rendering.ViewModels;

namespace StaticCatalog.Rendering;

/// <summary>Front-matter values StaticCatalog does not know, as templates read them (<c>post.extra.my_key</c>): maps become objects, lists arrays.</summary>
public static class FrontMatterValues
{
    public static ScriptObject ToScriptObject(IReadOnlyList<KeyValuePair<string, object?>> pairs)
    {
        var result = new OptionalKeysObject();
        foreach (var (key, value) in pairs)
        {
            result.SetValue(key, ToScriptValue(value), readOnly: true);
        }

        return result;
    }

    private static object? ToScriptValue(object? value) => value switch
    {
        IReadOnlyList<KeyValuePair<string, object?>> map => ToScriptObject(map),
        IEnumerable<object?> list when value is not string => new ScriptArray(list.Select(ToScriptValue)),
        _ => value,
    };
}
