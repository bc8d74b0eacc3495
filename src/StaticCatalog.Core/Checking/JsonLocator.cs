using System.Text.Json;

namespace StaticCatalog.Checking;

/// <summary>
/// Finds where values of a UTF-8 JSON text are: the 1-based line and column of the value a JSON Pointer
/// (<c>/features/3/status</c>) names, and of every string property with a given name. One forward scan with
/// <see cref="Utf8JsonReader"/> per question; columns count characters, not bytes.
/// </summary>
public sealed class JsonLocator
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly List<int> _lineStarts = [0];

    public JsonLocator(ReadOnlyMemory<byte> utf8)
    {
        _utf8 = utf8;
        var span = utf8.Span;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The line and column of a byte offset.</summary>
    public (int Line, int Column) PositionOf(long offset)
    {
        var index = _lineStarts.BinarySearch((int)Math.Min(offset, int.MaxValue));
        var line = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[line];
        var characters = 0;
        foreach (var b in _utf8.Span[start..(int)offset])
        {
            if ((b & 0xC0) != 0x80)
            {
                characters++;
            }
        }

        return (line + 1, characters + 1);
    }

    /// <summary>The line and column of a byte of a line, both counted from 0 (as <see cref="JsonException"/> gives them).</summary>
    public (int Line, int Column) PositionOf(int lineIndex, long byteInLine)
    {
        var start = _lineStarts[Math.Clamp(lineIndex, 0, _lineStarts.Count - 1)];
        return PositionOf(Math.Min(start + byteInLine, _utf8.Length));
    }

    /// <summary>The position of the value each pointer names (pointers that name nothing are left out).</summary>
    public Dictionary<string, (int Line, int Column)> PositionsOf(IReadOnlySet<string> pointers)
    {
        var found = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        if (pointers.Count > 0)
        {
            Scan((JsonPointerTracker pointer, ref Utf8JsonReader reader) =>
            {
                if (pointers.Contains(pointer.Value))
                {
                    found[pointer.Value] = PositionOf(reader.TokenStartIndex);
                }
            });
        }

        return found;
    }

    /// <summary>Every string value of a property named one of <paramref name="names"/>, anywhere in the document.</summary>
    public IReadOnlyList<JsonStringValue> StringsNamed(IReadOnlySet<string> names)
    {
        var values = new List<JsonStringValue>();
        Scan((JsonPointerTracker pointer, ref Utf8JsonReader reader) =>
        {
            if (reader.TokenType == JsonTokenType.String && pointer.PropertyName is { } name && names.Contains(name))
            {
                var (line, column) = PositionOf(reader.TokenStartIndex);
                values.Add(new JsonStringValue(pointer.Value, reader.GetString()!, line, column));
            }
        });
        return values;
    }

    private delegate void ValueVisitor(JsonPointerTracker pointer, ref Utf8JsonReader reader);

    /// <summary>Calls <paramref name="visit"/> at the first token of every value, with its pointer.</summary>
    private void Scan(ValueVisitor visit)
    {
        var reader = new Utf8JsonReader(_utf8.Span);
        var pointer = new JsonPointerTracker();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pointer.Name(reader.GetString()!);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    pointer.Leave();
                    break;
                default:
                    pointer.NextValue();
                    visit(pointer, ref reader);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        pointer.Enter(reader.TokenType == JsonTokenType.StartArray);
                    }

                    break;
            }
        }
    }
}
