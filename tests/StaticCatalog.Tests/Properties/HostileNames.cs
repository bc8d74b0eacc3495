using CsCheck;

namespace StaticCatalog.Tests.Properties;

/// <summary>Generators of titles and term names that try to break slugs: paths, dots, device names, scripts, marks, lengths.</summary>
public static class HostileNames
{
    private static readonly string[] Words =
    [
        "Azure", "NAT", "Gateway", "C#", "C++", ".NET", "F#", "..", ".", "/", "\\", "../../etc", "..\\..\\windows", "CON", "con", "Prn", "AUX", "nul",
        "COM1", "com9", "LPT1", "lpt9", "CON.txt", "nul.tar.gz", "page", "Page", "index.html", "atom.xml", "tags", "-", "--", "_", "'", "’", " ", "\t", "\n", "\r",
        "\0", "\u001f", "\u007f", "\u202e", "\u200b", "\ufeff", "Привет", "мир", "Ёлка", "Αθήνα", "ΕΛΛΑΔΑ", "日本語", "がぎぐ", "カタカナー", "東京", "مرحبا", "بالعالم",
        "हिन्दी", "Straße", "Ærø", "Łódź", "ǅ", "İstanbul", "Café", "e\u0301", "\u0301", "😀", "🇫🇷", "١٢٣", "²", "ﬁ", "Ａｚｕｒｅ", "%2e%2e", "?", "#", "*", ":", "|", "<", ">", "\"",
    ];

    /// <summary>A name of a few hostile words joined by spaces or nothing.</summary>
    public static Gen<string> Name { get; } = Gen.Frequency(
        (4, Gen.Select(Gen.Int[0, Words.Length - 1].Select(i => Words[i]).Array[1, 6], Gen.Bool, (words, spaced) => string.Join(spaced ? " " : string.Empty, words))),
        (1, Gen.String),
        (1, Gen.Char.Array[0, 30].Select(chars => new string(chars))));

    /// <summary>A long title: up to 60 words, some of them 30 letters long, in several scripts.</summary>
    public static Gen<string> LongTitle { get; } =
        Gen.Frequency(
                (3, Gen.Int[0, Words.Length - 1].Select(i => Words[i])),
                (1, Gen.Char['a', 'z'].Array[20, 40].Select(chars => new string(chars))),
                (1, Gen.Char['а', 'я'].Array[20, 40].Select(chars => new string(chars))),
                (1, Gen.Char['一', '龥'].Array[20, 60].Select(chars => new string(chars))))
            .Array[10, 60]
            .Select(words => string.Join(' ', words));
}
