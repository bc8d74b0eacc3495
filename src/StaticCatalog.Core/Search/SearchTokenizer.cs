using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticCatalog.Search;

/// <summary>
/// Turns text into index terms: lower case, diacritics folded (<c>é</c> is <c>e</c>), thousands separators
/// dropped (<c>5,000</c> is <c>5000</c>), then runs of letters and runs of digits (<c>100Gbps</c> is
/// <c>100</c> and <c>gbps</c>). Single letters and <see cref="StopWords"/> are left out. <c>search.js</c> splits
/// what the reader types the same way; the manifest carries the stop words so the two cannot disagree.
/// </summary>
public static partial class SearchTokenizer
{
    /// <summary>Words in nearly every excerpt: they would make the largest shards and rank nothing.</summary>
    public static IReadOnlyList<string> StopWords { get; } =
    [
        "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "has", "have", "how", "in", "into", "is", "it",
        "its", "of", "on", "or", "our", "that", "the", "their", "this", "to", "was", "we", "were", "what", "which", "will",
        "with", "you", "your",
    ];

    private static readonly HashSet<string> Stop = new(StopWords, StringComparer.Ordinal);

    public static IEnumerable<string> Tokenize(string text)
    {
        var folded = Fold(text);
        foreach (Match match in Word().Matches(folded))
        {
            var term = match.Value;
            if ((term.Length > 1 || char.IsDigit(term[0])) && !Stop.Contains(term))
            {
                yield return term;
            }
        }
    }

    /// <summary>Lower case without diacritics or thousands separators, as terms are compared.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return ThousandsSeparator().Replace(builder.ToString(), "$1");
    }

    [GeneratedRegex(@"\p{L}+|\p{Nd}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"(\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();
}
