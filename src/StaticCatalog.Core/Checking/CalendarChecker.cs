using System.Text;
using StaticCatalog.Diagnostics;
using StaticCatalog.Urls;

namespace StaticCatalog.Checking;

/// <summary>
/// Checks <c>retirements.ics</c> as a calendar reader needs it (RFC 5545): CRLF line ends, no line over 75 octets,
/// BEGIN and END paired, one VCALENDAR with VERSION and PRODID, each VEVENT with a UID, a DTSTAMP and a DTSTART,
/// UIDs unique, and each URL on the site leading to a page (SC6001). Problems are SC6009 at their line.
/// </summary>
public static class CalendarChecker
{
    public static void Check(SiteFiles files, LinkChecker links, DiagnosticBag diagnostics)
    {
        if (!files.Contains(SitePaths.RetirementsCalendar))
        {
            return;
        }

        var path = files.DiagnosticPath(SitePaths.RetirementsCalendar);
        var text = File.ReadAllText(files.FullPath(SitePaths.RetirementsCalendar), Encoding.UTF8);
        void Fail(int line, string message) => diagnostics.Add(Diagnostic.Error(path, line, 1, DiagnosticCodes.InvalidCalendar, message));

        if (text.Length > 0 && !text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            Fail(1, "the calendar does not end with CRLF");
        }

        var raw = text.Split("\r\n");
        var open = new Stack<(string Name, int Line)>();
        var eventProperties = new HashSet<string>(StringComparer.Ordinal);
        var uids = new HashSet<string>(StringComparer.Ordinal);
        var calendars = 0;
        var calendarProperties = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var (line, number) in Unfold(raw))
        {
            lineNumber = number;
            if (line.Contains('\n', StringComparison.Ordinal))
            {
                Fail(number, "a line ends with a bare LF; iCalendar lines end with CRLF");
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                Fail(number, $"'{Cut(line)}' is not a NAME:value line");
                continue;
            }

            var name = line[..colon].Split(';')[0];
            var value = line[(colon + 1)..];
            switch (name)
            {
                case "BEGIN":
                    open.Push((value, number));
                    calendars += value == "VCALENDAR" ? 1 : 0;
                    if (value == "VEVENT")
                    {
                        eventProperties.Clear();
                    }

                    break;
                case "END" when open.Count == 0 || open.Peek().Name != value:
                    Fail(number, $"END:{value} closes no BEGIN:{value}");
                    break;
                case "END":
                    open.Pop();
                    if (value == "VEVENT")
                    {
                        foreach (var required in (string[])["UID", "DTSTAMP", "DTSTART"])
                        {
                            if (!eventProperties.Contains(required))
                            {
                                Fail(number, $"an event has no {required}");
                            }
                        }
                    }

                    break;
                default:
                    if (open.Count > 0 && open.Peek().Name == "VEVENT")
                    {
                        eventProperties.Add(name);
                        if (name == "UID" && !uids.Add(value))
                        {
                            Fail(number, $"the UID '{value}' is given to two events");
                        }

                        if (name == "URL")
                        {
                            links.Check(new SourceLocation(SitePaths.RetirementsCalendar, number, colon + 2), value, links.Resolver.DocumentPath(SitePaths.RetirementsCalendar));
                        }
                    }
                    else if (open.Count > 0 && open.Peek().Name == "VCALENDAR")
                    {
                        calendarProperties.Add(name);
                    }

                    break;
            }
        }

        foreach (var (name, line) in open)
        {
            Fail(line, $"BEGIN:{name} is never ended");
        }

        if (calendars != 1)
        {
            Fail(Math.Max(lineNumber, 1), $"the file holds {calendars} VCALENDAR objects, not one");
        }

        foreach (var required in (string[])["VERSION", "PRODID"])
        {
            if (calendars == 1 && !calendarProperties.Contains(required))
            {
                Fail(1, $"the calendar has no {required}");
            }
        }

        for (var i = 0; i < raw.Length; i++)
        {
            if (Encoding.UTF8.GetByteCount(raw[i]) > 75)
            {
                Fail(i + 1, $"line {i + 1} is {Encoding.UTF8.GetByteCount(raw[i])} octets long; iCalendar folds lines at 75");
            }
        }
    }

    /// <summary>Content lines with their folds joined (a line starting with a space or tab continues the one before), each with its first line's number.</summary>
    private static IEnumerable<(string Line, int Number)> Unfold(string[] raw)
    {
        var current = new StringBuilder();
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i].Length > 0 && (raw[i][0] == ' ' || raw[i][0] == '\t') && current.Length > 0)
            {
                current.Append(raw[i], 1, raw[i].Length - 1);
                continue;
            }

            if (current.Length > 0)
            {
                yield return (current.ToString(), start);
            }

            current.Clear().Append(raw[i]);
            start = i + 1;
        }

        if (current.Length > 0)
        {
            yield return (current.ToString(), start);
        }
    }

    private static string Cut(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
