using System.Collections.Concurrent;

namespace StaticCatalog.Catalog;

/// <summary>
/// The answers a pure function of a short text has given, kept: the kind, feature and limit finders ask the same
/// heading, lead or name again (a heading is cleaned for its feature name, for whether it groups features and for a
/// figure's subject). Thread-safe. Texts over <see cref="MaxLength"/> characters are not kept, and past
/// <see cref="Capacity"/> texts it starts over, so a long-running process does not grow without bound.
/// </summary>
/// <param name="answer">The function: the same text must always get the same answer.</param>
public sealed class TextAnswers<T>(Func<string, T> answer)
{
    public const int MaxLength = 300;
    public const int Capacity = 50_000;

    private ConcurrentDictionary<string, T> _answers = new(StringComparer.Ordinal);
    private int _count;

    public T For(string text)
    {
        if (text.Length > MaxLength)
        {
            return answer(text);
        }

        var answers = _answers;
        if (answers.TryGetValue(text, out var known))
        {
            return known;
        }

        var value = answer(text);
        if (answers.TryAdd(text, value) && Interlocked.Increment(ref _count) > Capacity)
        {
            // Two threads may both start over: harmless, every answer can be worked out again.
            _answers = new(StringComparer.Ordinal);
            _count = 0;
        }

        return value;
    }
}
