using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticCatalog.Checking;

/// <summary>
/// The two date forms of the site's XML: RFC 3339 date-times in Atom (<c>2025-12-01T17:00:00Z</c>, upper-case
/// <c>T</c> and <c>Z</c> as Atom asks) and W3C Datetime in sitemaps (<c>2025</c>, <c>2025-12</c>,
/// <c>2025-12-01</c>, or a time with minutes, seconds or fractions and a zone).
/// </summary>
public static partial class XmlDates
{
    public static bool IsRfc3339(string text) => IsValid(Rfc3339().Match(text.Trim()));

    public static bool IsW3cDatetime(string text) => IsValid(W3cDatetime().Match(text.Trim()));

    /// <summary>The fields a pattern matched are in range (month 1-12, the day in that month, 23:59:59, offsets up to 23:59).</summary>
    private static bool IsValid(Match match)
    {
        if (!match.Success)
        {
            return false;
        }

        int Field(string name, int fallback) =>
            match.Groups[name].Success ? int.Parse(match.Groups[name].ValueSpan, CultureInfo.InvariantCulture) : fallback;

        var year = Field("year", 1);
        var month = Field("month", 1);
        return year >= 1
               && month is >= 1 and <= 12
               && Field("day", 1) >= 1 && Field("day", 1) <= DateTime.DaysInMonth(year, month)
               && Field("hour", 0) <= 23
               && Field("minute", 0) <= 59
               && Field("second", 0) <= 59
               && Field("offsetHour", 0) <= 23
               && Field("offsetMinute", 0) <= 59;
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})T(?<hour>\d{2}):(?<minute>\d{2}):(?<second>\d{2})(?:\.\d+)?(?:Z|[+-](?<offsetHour>\d{2}):(?<offsetMinute>\d{2}))$")]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2})(?:T(?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.\d+)?)?(?:Z|[+-](?<offsetHour>\d{2}):(?<offsetMinute>\d{2})))?)?)?$")]
    private static partial Regex W3cDatetime();
}
