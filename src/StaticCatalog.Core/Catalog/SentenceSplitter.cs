using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog;

/// <summary>Splits plain text into sentences at '.', '!' or '?' followed by a space and a capital, digit or quote; keeps "e.g.", "vs." and decimals whole.</summary>
public static partial class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(text))
        {
            var end = boundary.Index + 1;
            if (Abbreviation().IsMatch(text.AsSpan(start, end - start).ToString()))
            {
                continue;
            }

            Add(sentences, text[start..end]);
            start = boundary.Index + boundary.Length;
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    [GeneratedRegex(@"[.!?](?=[)""”’]?\s+[\p{Lu}\p{N}""“(*])\S?\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?:\b(?:e\.g|i\.e|vs|etc|approx|incl|Inc|Ltd|Mr|Ms|Dr|No|St|U\.S)\.|\b\p{Lu}\.)$", RegexOptions.CultureInvariant)]
    private static partial Regex Abbreviation();
}
