using System.Text.Json;

namespace StaticCatalog.Tests.Support;

/// <summary>Every string value of a JSON document, at any depth, for tests that look for a value wherever it is.</summary>
public static class JsonStrings
{
    public static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }

                break;
        }
    }
}
