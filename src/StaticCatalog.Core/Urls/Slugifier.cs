using System.Globalization;
using System.Text;

namespace StaticCatalog.Urls;

/// <summary>
/// Turns titles, tags and file names into URL segments: lower-case letters, digits and single hyphens.
/// Latin letters fold to ASCII (<c>é</c> to <c>e</c>, <c>ß</c> to <c>ss</c>); letters of scripts with no ASCII
/// folding (Cyrillic, Greek, CJK, Arabic, ...) are kept lower-cased, in NFC, with their combining marks, so
/// <c>Привет, мир</c> is <c>привет-мир</c> rather than nothing. <c>C#</c> is <c>csharp</c>, <c>C++</c>
/// <c>cplusplus</c>, <c>.NET</c> <c>dotnet</c>, so that such names never merge with their neighbours.
/// A slug never holds <c>/</c>, <c>\</c>, <c>.</c>, white space or a control character, and never starts or
/// ends with a hyphen.
/// </summary>
public static class Slugifier
{
    private static readonly HashSet<string> TrailingStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "vs",
    };

    /// <summary>Each ASCII character as a string, so that the common case appends without allocating.</summary>
    private static readonly string[] AsciiWords = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>Latin letters that do not decompose to an ASCII letter and a mark.</summary>
    private static readonly Dictionary<int, string> LatinFolds = new()
    {
        ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe", ['ø'] = "o", ['ł'] = "l", ['đ'] = "d", ['ð'] = "d", ['þ'] = "th", ['ı'] = "i", ['ħ'] = "h",
    };

    /// <summary>The slug of <paramref name="text"/>, or an empty string when nothing usable is left.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        var afterKeptLetter = false;
        var normalized = WellFormed(text).Normalize(NormalizationForm.FormC);
        var index = 0;
        foreach (var rune in normalized.EnumerateRunes())
        {
            var next = index + rune.Utf16SequenceLength < normalized.Length ? normalized[index + rune.Utf16SequenceLength] : '\0';
            index += rune.Utf16SequenceLength;
            var previousIsWordChar = builder.Length > 0 && !pendingHyphen;
            var category = Rune.GetUnicodeCategory(rune);
            string? word = null;
            var keepsMarks = false;
            if (rune.IsAscii && char.IsAsciiLetterOrDigit((char)rune.Value))
            {
                word = AsciiWords[char.ToLowerInvariant((char)rune.Value)];
            }
            else if (rune.Value == '#' && previousIsWordChar)
            {
                word = "sharp";
            }
            else if (rune.Value == '+' && previousIsWordChar)
            {
                word = "plus";
            }
            else if (rune.Value == '.' && builder.Length == 0 && char.IsAsciiLetter(next))
            {
                word = "dot";
            }
            else if (rune.Value is '\'' or '’')
            {
                continue; // "What's" is "whats".
            }
            else if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                // A mark stays with a kept letter of its script (Devanagari vowel signs, kana voicing marks); else it goes.
                if (afterKeptLetter && category != UnicodeCategory.EnclosingMark)
                {
                    builder.Append(rune.ToString());
                }

                continue;
            }
            else if (Rune.IsLetter(rune) || category == UnicodeCategory.DecimalDigitNumber)
            {
                var lower = Rune.ToLowerInvariant(rune);
                word = FoldToAscii(lower) ?? lower.ToString();
                keepsMarks = word.Length > 0 && word[0] > 0x7F;
            }

            if (word is null)
            {
                pendingHyphen = builder.Length > 0;
                afterKeptLetter = false;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(word);
            afterKeptLetter = keepsMarks;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The text with each lone surrogate (which no file can hold, but a caller's string may) as U+FFFD, so it can be normalized.</summary>
    private static string WellFormed(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\ud800', '\udfff'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>The ASCII letters a Latin letter folds to (<c>é</c> to <c>e</c>), or null when it has none.</summary>
    private static string? FoldToAscii(Rune letter)
    {
        if (LatinFolds.TryGetValue(letter.Value, out var folded))
        {
            return folded;
        }

        var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
        if (!char.IsAsciiLetter(decomposed[0]))
        {
            return null;
        }

        for (var i = 1; i < decomposed.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(decomposed[i]) != UnicodeCategory.NonSpacingMark)
            {
                return null;
            }
        }

        return char.ToLowerInvariant(decomposed[0]).ToString();
    }

    /// <summary>
    /// A slug cut at a word boundary to at most <paramref name="maxLength"/> bytes of UTF-8 (characters, for
    /// ASCII), without a dangling stop word: "Azure Networking: Latest Updates for Security, ..." is
    /// <c>azure-networking-latest-updates</c>. A single longer word is cut between letters.
    /// </summary>
    public static string SlugifyShort(string text, int maxLength)
    {
        var slug = Slugify(text);
        if (Length(slug) <= maxLength)
        {
            return slug;
        }

        var words = slug.Split('-');
        var kept = new List<string>();
        var length = 0;
        foreach (var word in words)
        {
            var added = kept.Count == 0 ? Length(word) : Length(word) + 1;
            if (length + added > maxLength)
            {
                break;
            }

            kept.Add(word);
            length += added;
        }

        if (kept.Count == 0)
        {
            return CutBetweenLetters(slug, maxLength).TrimEnd('-');
        }

        while (kept.Count > 1 && TrailingStopWords.Contains(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return string.Join('-', kept);
    }

    /// <summary>How long a slug is as a file name: its UTF-8 bytes (255 is the limit of most file systems).</summary>
    public static int Length(string slug) => Encoding.UTF8.GetByteCount(slug);

    /// <summary>The longest start of <paramref name="slug"/> of at most <paramref name="maxLength"/> UTF-8 bytes that keeps each letter whole with its marks.</summary>
    private static string CutBetweenLetters(string slug, int maxLength)
    {
        var end = 0;
        var length = 0;
        var elements = StringInfo.GetTextElementEnumerator(slug);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var bytes = Encoding.UTF8.GetByteCount(element);
            if (length + bytes > maxLength)
            {
                break;
            }

            length += bytes;
            end += element.Length;
        }

        return slug[..end];
    }
}
