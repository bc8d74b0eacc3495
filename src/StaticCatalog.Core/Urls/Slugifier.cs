using System.Globalization;
using System.Text;

namespace StaticCatalog.Urls;

/// <summary>
/// Turns titles, tags and file names into URL segments: lower-case ASCII letters, digits and single hyphens.
/// Accents are dropped (<c>é</c> to <c>e</c>); <c>C#</c> is <c>csharp</c>, <c>C++</c> <c>cplusplus</c>,
/// <c>.NET</c> <c>dotnet</c>, so that such names never merge with their neighbours.
/// </summary>
public static class Slugifier
{
    private static readonly HashSet<string> TrailingStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "vs",
    };

    /// <summary>The slug of <paramref name="text"/>, or an empty string when nothing usable is left.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        var normalized = text.Normalize(NormalizationForm.FormD);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            var previousIsWordChar = builder.Length > 0 && !pendingHyphen;
            var letter = '\0';
            string? word = null;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                letter = c;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                letter = char.ToLowerInvariant(c);
            }
            else if (c == '#' && previousIsWordChar)
            {
                word = "sharp";
            }
            else if (c == '+' && previousIsWordChar)
            {
                word = "plus";
            }
            else if (c == '.' && builder.Length == 0 && i + 1 < normalized.Length && char.IsAsciiLetter(normalized[i + 1]))
            {
                word = "dot";
            }
            else if (c is '\'' or '’' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // "What's" is "whats"; accents fold into their letter.
            }

            if (letter == '\0' && word is null)
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            if (word is null)
            {
                builder.Append(letter);
            }
            else
            {
                builder.Append(word);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A slug cut at a word boundary to at most <paramref name="maxLength"/> characters, without a dangling
    /// stop word: "Azure Networking: Latest Updates for Security, ..." is <c>azure-networking-latest-updates</c>.
    /// </summary>
    public static string SlugifyShort(string text, int maxLength)
    {
        var slug = Slugify(text);
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var words = slug.Split('-');
        var kept = new List<string>();
        var length = 0;
        foreach (var word in words)
        {
            var added = kept.Count == 0 ? word.Length : word.Length + 1;
            if (length + added > maxLength)
            {
                break;
            }

            kept.Add(word);
            length += added;
        }

        if (kept.Count == 0)
        {
            return slug[..maxLength].TrimEnd('-');
        }

        while (kept.Count > 1 && TrailingStopWords.Contains(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join('-', kept);
    }
}
