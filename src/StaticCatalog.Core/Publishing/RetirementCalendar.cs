using System.Globalization;
using System.Text;
using StaticCatalog.Site;
using StaticCatalog.Site.Insights;
using StaticCatalog.Urls;

namespace StaticCatalog.Publishing;

/// <summary>
/// <c>retirements.ics</c>: an iCalendar file (RFC 5545) with an all-day event on each dated retirement, for a
/// reader to subscribe to. Deterministic: each event's UID is its entity's id, and its DTSTAMP the date of the
/// post that states it (never the clock). Lines end in CRLF and are folded at 75 octets.
/// </summary>
public static class RetirementCalendar
{
    public static byte[] Write(SiteModel site, IReadOnlyList<Retirement> retirements)
    {
        var url = site.Url;
        var host = Uri.TryCreate(url.Absolute(SitePaths.Home), UriKind.Absolute, out var home) && home.Host.Length > 0 ? home.Host : "staticcatalog.invalid";
        var text = new StringBuilder();
        Line(text, "BEGIN:VCALENDAR");
        Line(text, "VERSION:2.0");
        Line(text, "PRODID:-//StaticCatalog//Retirements//EN");
        Line(text, "CALSCALE:GREGORIAN");
        Line(text, "METHOD:PUBLISH");
        Line(text, "X-WR-CALNAME:" + Escape($"Retirements · {site.Config.Title}"));
        foreach (var retirement in retirements.Where(r => r.Target is not null))
        {
            var day = retirement.Target!.Date;
            var entry = retirement.Entry;
            var link = url.Absolute(entry.Post.SitePath) + (entry.Feature.Anchor is null ? string.Empty : "#" + entry.Feature.Anchor);
            Line(text, "BEGIN:VEVENT");
            Line(text, $"UID:{retirement.History.Id}@{host}");
            Line(text, "DTSTAMP:" + entry.Post.Post.Date.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            Line(text, "DTSTART;VALUE=DATE:" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line(text, "DTEND;VALUE=DATE:" + day.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line(text, "SUMMARY:" + Escape($"Retirement: {retirement.History.Name}"));
            Line(text, "DESCRIPTION:" + Escape($"{entry.Feature.Evidence} ({entry.Post.Post.Title}: {link})"));
            if (link.StartsWith("http", StringComparison.Ordinal))
            {
                Line(text, "URL:" + link);
            }

            Line(text, "TRANSP:TRANSPARENT");
            Line(text, "END:VEVENT");
        }

        Line(text, "END:VCALENDAR");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Backslash, semicolon, comma and line breaks escaped, as TEXT values need.</summary>
    internal static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>One content line, folded into lines of at most 75 octets (continuations start with a space), never inside a UTF-8 character.</summary>
    internal static void Line(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
