using System.Globalization;

namespace StaticCatalog.Catalog;

/// <summary>
/// Finds whole-word names in a text in one pass, however many names there are: a character trie of the names,
/// walked from each position that starts a word (the character before is no letter, digit or '_'); at each
/// start the longest name that ends at a word boundary wins, and the search goes on after it. This is the
/// leftmost-longest match of one regex <c>(?&lt;!\w)(?:longest|...|shortest)(?!\w)</c> over all names,
/// case-sensitive, without its cost of trying every alternative at every position.
/// </summary>
/// <typeparam name="T">What a name stands for.</typeparam>
public sealed class NameTrie<T>
    where T : class
{
    private readonly Node _root = new();

    /// <summary>Adds a name; the first value given to a name is kept.</summary>
    public void Add(string name, T value)
    {
        if (name.Length == 0)
        {
            return;
        }

        var node = _root;
        foreach (var c in name)
        {
            node.Children ??= new Dictionary<char, Node>();
            if (!node.Children.TryGetValue(c, out var next))
            {
                next = new Node();
                node.Children[c] = next;
            }

            node = next;
        }

        node.Value ??= value;
    }

    /// <summary>Every whole-word match in the text, left to right, the longest at each position, none overlapping.</summary>
    public IEnumerable<(int Index, int Length, T Value)> Matches(string text)
    {
        var children = _root.Children;
        if (children is null)
        {
            yield break;
        }

        for (var start = 0; start < text.Length; start++)
        {
            if ((start > 0 && IsWordChar(text[start - 1])) || !children.TryGetValue(text[start], out var node))
            {
                continue;
            }

            T? best = null;
            var bestEnd = 0;
            var end = start + 1;
            while (true)
            {
                if (node.Value is not null && (end == text.Length || !IsWordChar(text[end])))
                {
                    best = node.Value;
                    bestEnd = end;
                }

                if (end == text.Length || node.Children is null || !node.Children.TryGetValue(text[end], out var next))
                {
                    break;
                }

                node = next;
                end++;
            }

            if (best is not null)
            {
                yield return (start, bestEnd - start, best);
                start = bestEnd - 1;
            }
        }
    }

    /// <summary>A letter, a number or '_': what the regex classes <c>\p{L}</c>, <c>\p{N}</c> and '_' hold.</summary>
    private static bool IsWordChar(char c) =>
        c < 128
            ? char.IsAsciiLetterOrDigit(c) || c == '_'
            : CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private sealed class Node
    {
        public Dictionary<char, Node>? Children { get; set; }

        public T? Value { get; set; }
    }
}
