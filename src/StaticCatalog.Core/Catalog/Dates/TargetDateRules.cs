using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Dates;

/// <summary>
/// The ways posts write a date to come, most precise first: a day ("September 30, 2026", "30 September 2026",
/// "2026-09-30"), a month ("Feb 2026"), a quarter ("Q3 2026", "third quarter of 2026"), a half ("H2 2026"), part of
/// a year ("early 2026"), a year after a preposition ("in 2026", never a bare "2026", which names products and
/// events), a relative year or month ("later this year", "next month"), and a month or day without its year
/// ("in April", "March 26"), which is the next one on or after the post's date.
/// </summary>
public static class TargetDateRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string Month = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?";
    private const string Year = @"(?<year>20\d\d)\b";
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b";

    public static IReadOnlyList<TargetDateRule> All { get; } =
    [
        Rule($@"\b{Month}\s+{Day},?\s+{Year}", TargetPrecision.Day, (m, _) => DayOf(YearOf(m), MonthOf(m), DayNumber(m))),
        Rule($@"\b{Day}\s+(?:of\s+)?{Month},?\s+{Year}", TargetPrecision.Day, (m, _) => DayOf(YearOf(m), MonthOf(m), DayNumber(m))),
        Rule(@"\b(?<year>20\d\d)-(?<mm>0[1-9]|1[0-2])-(?<day>[0-2]\d|3[01])\b", TargetPrecision.Day, (m, _) => DayOf(YearOf(m), Number(m, "mm"), DayNumber(m))),
        Rule($@"\b{Month},?\s+{Year}", TargetPrecision.Month, (m, _) => MonthEnd(YearOf(m), MonthOf(m))),
        Rule($@"\b(?:Q(?<quarter>[1-4])\s*(?:CY\s*)?'?{Year}|(?:CY\s*)?(?<year>20\d\d)\s*Q(?<quarter>[1-4])\b|(?<quarter>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?:calendar\s+)?{Year})",
            TargetPrecision.Quarter, (m, _) => MonthEnd(YearOf(m), 3 * Ordinal(m.Groups["quarter"].Value))),
        Rule($@"\b(?:H(?<half>[12])\s*'?{Year}|(?<half>first|second|1st|2nd)\s+half\s+(?:of\s+)?{Year})",
            TargetPrecision.Half, (m, _) => MonthEnd(YearOf(m), 6 * Ordinal(m.Groups["half"].Value))),
        Rule($@"\b(?<part>early|mid|late|(?:the\s+)?end\s+of)[\s-]+{Year}", TargetPrecision.Quarter, (m, _) => MonthEnd(YearOf(m), PartEnd(m))),
        Rule($@"\b(?:in|by|during|for|through|throughout|until|till|before|from|starting|beginning|sometime\s+in|later\s+in)\s+(?:(?:the\s+)?(?:calendar\s+)?year\s+)?{Year}(?!\s*(?:Q[1-4]|H[12]))",
            TargetPrecision.Year, (m, _) => MonthEnd(YearOf(m), 12)),
        Rule(@"\b(?<part>early|later|late|sometime|in)?\s*(?<next>this|next)\s+(?:calendar\s+)?year\b|\bby\s+(?:the\s+)?end\s+of\s+(?<next>this|the|next)\s+year\b",
            TargetPrecision.Year, (m, post) => m.Groups["part"].Value.Equals("early", StringComparison.OrdinalIgnoreCase)
                ? MonthEnd(post.Year + NextOffset(m), 4) : MonthEnd(post.Year + NextOffset(m), 12)),
        Rule(@"\b(?:later\s+|early\s+|late\s+)?(?<next>this|next)\s+month\b", TargetPrecision.Month,
            (m, post) => MonthEnd(post.AddMonths(NextOffset(m)).Year, post.AddMonths(NextOffset(m)).Month)),
        Rule($@"\b{Month}\s+{Day}(?!,?\s*(?:20\d\d|\d))(?!\s*%)", TargetPrecision.Day,
            (m, post) => NextOn(post, MonthOf(m), DayNumber(m))),
        Rule($@"\b(?:in|by|until|till|starting|from|beginning|after|before|early|mid|late|end\s+of)\s+{Month}(?!\s*\d)", TargetPrecision.Month,
            (m, post) => NextMonthEnd(post, MonthOf(m))),
    ];

    private static TargetDateRule Rule(string pattern, TargetPrecision precision, Func<Match, DateOnly, DateOnly?> end) =>
        new(new Regex(pattern, Options), precision, end);

    private static int YearOf(Match m) => Number(m, "year");

    private static int DayNumber(Match m) => Number(m, "day");

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthOf(Match m) => m.Groups["month"].Value[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static int Ordinal(string word) => word.ToLowerInvariant() switch
    {
        "1" or "first" or "1st" => 1,
        "2" or "second" or "2nd" => 2,
        "3" or "third" or "3rd" => 3,
        _ => 4,
    };

    /// <summary>"early 2026" ends in April, "mid 2026" in August, "late" and "end of" in December.</summary>
    private static int PartEnd(Match m) => m.Groups["part"].Value.ToLowerInvariant() switch
    {
        "early" => 4,
        "mid" => 8,
        _ => 12,
    };

    private static int NextOffset(Match m) => m.Groups["next"].Value.Equals("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0;

    private static DateOnly? DayOf(int year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>The next <paramref name="month"/>/<paramref name="day"/> on or after the post's date ("March 26" in a post of 20 March 2026).</summary>
    private static DateOnly? NextOn(DateOnly post, int month, int day) =>
        DayOf(post.Year, month, day) is { } date && date >= post ? date : DayOf(post.Year + 1, month, day);

    /// <summary>The end of the next <paramref name="month"/> that has not ended by the post's date ("in April").</summary>
    private static DateOnly NextMonthEnd(DateOnly post, int month) =>
        MonthEnd(post.Year, month) >= post ? MonthEnd(post.Year, month) : MonthEnd(post.Year + 1, month);
}
