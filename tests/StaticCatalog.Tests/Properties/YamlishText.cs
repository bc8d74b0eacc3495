using CsCheck;

namespace StaticCatalog.Tests.Properties;

/// <summary>
/// Generators of hostile seed text: random strings, and YAML-ish front matter built from the pieces that
/// trip parsers (keys, quotes, brackets, tabs, anchors and aliases, colons, newlines, unicode, BOM, CRLF).
/// </summary>
public static class YamlishText
{
    private static readonly string[] Keys =
        ["title", "date", "tags", "section_names", "slug", "author", "external_url", "feed_name", "primary_section", "services", "catalog", "features", "limits", "x", "title"];

    private static readonly string[] Pieces =
    [
        ": ", ":", " ", "  ", "\t", "\n", "\r\n", "\r", "- ", "-", "'", "''", "\"", "\\", "\\u12", "[", "]", "{", "}", ",", "&a ", "*a", "&b", "*b", "!!str ", "!tag ",
        "? ", "|", ">", "#", "%YAML 1.2", "---", "...", "~", "null", "2025-12-01", "2025-13-45 25:61", "nat-gateway", "Azure", "é", "日本語", "Привет", "😀",
        "\u200b", "\ufeff", "\0", "\u0085", "\u2028", "<<: *a", "0x1F", "1e99", "-5", "value: 10", "unit: Gbps", "status: ga", "name: X",
    ];

    /// <summary>One line: an indent, maybe a key, then pieces.</summary>
    private static readonly Gen<string> Line =
        Gen.Select(
            Gen.Int[0, 4].Select(n => new string(' ', n)),
            Gen.Int[0, Keys.Length].Select(i => i == Keys.Length ? string.Empty : Keys[i] + ":"),
            Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 6].Select(parts => string.Concat(parts)),
            (indent, key, rest) => indent + key + rest);

    /// <summary>A YAML-ish block of lines (no fences).</summary>
    public static Gen<string> Block { get; } =
        Gen.Select(Line.Array[0, 12], Gen.Bool, (lines, crlf) => string.Join(crlf ? "\r\n" : "\n", lines));

    /// <summary>Any string, mostly from an alphabet rich in YAML's special characters.</summary>
    public static Gen<string> AnyString { get; } = Gen.Frequency(
        (1, Gen.String),
        (2, Gen.Char["-:'\"[]{}&*!|>#%@`,?\t\n\r abcé日\u00a0\ufeff"].Array[0, 60].Select(chars => new string(chars))));

    /// <summary>A whole seed file: maybe a BOM, an opening fence, a block, a closing fence and a body.</summary>
    public static Gen<string> SeedFile { get; } =
        Gen.Select(Gen.Bool, Gen.Int[0, 3], Gen.Frequency((3, Block), (1, AnyString)), Gen.Int[0, 2], AnyString,
            (bom, open, block, close, body) =>
                (bom ? "\ufeff" : string.Empty)
                + (open switch { 0 => string.Empty, 1 => "---\r\n", _ => "---\n" })
                + block
                + (close switch { 0 => string.Empty, 1 => "\n---\n", _ => "\r\n---\r\n" })
                + body);
}
