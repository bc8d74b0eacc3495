using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Features;

/// <summary>
/// The status a roundup item's own words state. The status cues are the shared ones (<see cref="StatusCues"/>);
/// one rule is added, from the labelling guide ("a future date wins over now"): a preview or GA stated with a date
/// after the post's ("Generally available March 31" in a post of March 20, "Preview in April") is planned.
/// </summary>
public static partial class RoundupStatus
{
    /// <summary>The first cue of the text with its status, the future-date rule applied; null when the text states none.</summary>
    public static StatusCue? Of(string text, DateTimeOffset? postDate)
    {
        if (StatusCues.First(text) is not { } cue)
        {
            return null;
        }

        if (cue.Status is ReleaseStatus.Ga or ReleaseStatus.Preview && postDate is { } date
            && FutureDate(text.AsSpan(cue.Index + cue.Text.Length).ToString(), date) is { } when && when > date.Date)
        {
            return cue with { Status = ReleaseStatus.Planned };
        }

        return cue;
    }

    /// <summary>The date written right after a cue ("May 1", "in April", "March 31, 2026"), read against the post's date; else null.</summary>
    public static DateTime? FutureDate(string afterCue, DateTimeOffset postDate)
    {
        var match = DateAfterCue().Match(afterCue);
        if (!match.Success)
        {
            return null;
        }

        var month = DateTime.ParseExact(match.Groups["month"].Value[..3], "MMM", CultureInfo.InvariantCulture).Month;
        var day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : 0;
        var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : postDate.Year;
        if (!match.Groups["year"].Success && month < postDate.Month - 6)
        {
            // "GA in February" in a post of November is next February.
            year++;
        }

        if (day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        // A month without a day is after the post when the month is: "in April" in a March post.
        return day > 0 ? new DateTime(year, month, day) : new DateTime(year, month, DateTime.DaysInMonth(year, month));
    }

    [GeneratedRegex(@"^[\s,.:;)\]*-]{0,3}(?:(?:in|on|by|from|starting|beginning|as of|in early|in late|in mid|by end of|by the end of)\s+)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?=\.|\s|$))\.?(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?<year>20\d\d))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateAfterCue();
}
