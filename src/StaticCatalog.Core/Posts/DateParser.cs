using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticCatalog.Posts;

/// <summary>Reads post dates in the forms seed files use; a date without an offset is UTC.</summary>
public static partial class DateParser
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss zzz",
        "yyyy-MM-dd HH:mm:ss zz",
        "yyyy-MM-dd HH:mm:ss K",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm zzz",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd",
        "yyyy-MM-ddTHH:mm:ssK",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mmK",
        "yyyy-MM-ddTHH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF zzz",
        "ddd, dd MMM yyyy HH:mm:ss zzz",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "yyyy/MM/dd",
        "yyyy/MM/dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ssK",
        "ddd, d MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss 'GMT'",
        "ddd, d MMM yyyy HH:mm 'GMT'",
        "d MMM yyyy",
        "d MMMM yyyy",
        "d MMM yyyy HH:mm",
        "MMM d, yyyy",
        "MMMM d, yyyy",
        "MMM d, yyyy HH:mm",
        "MMMM d, yyyy HH:mm",
    ];

    public static bool TryParse(string text, out DateTimeOffset date)
    {
        var trimmed = text.Trim();
        var normalized = CompactOffset().Replace(trimmed, "$1:$2"); // "+0000" as Jekyll writes it is "+00:00".
        return DateTimeOffset.TryParseExact(normalized, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>The date of a Jekyll-style <c>YYYY-MM-DD-</c> file-name prefix, at midnight UTC.</summary>
    public static bool TryParseFileNamePrefix(string fileName, out DateTimeOffset date)
    {
        date = default;
        var match = FileNamePrefix().Match(fileName);
        return match.Success && DateTimeOffset.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
    }

    /// <summary>The file name without a date prefix, for a slug.</summary>
    public static string WithoutFileNamePrefix(string fileName)
    {
        var match = FileNamePrefix().Match(fileName);
        return match.Success ? fileName[match.Length..] : fileName;
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-")]
    private static partial Regex FileNamePrefix();

    [GeneratedRegex(@"(\s[+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();
}
