using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Dates;

/// <summary>
/// One way a post writes a date to come, and the last day of the period it means. The pattern's named groups are
/// read by <see cref="TargetDateRules"/>: <c>year</c>, <c>month</c>, <c>day</c>, <c>quarter</c>, <c>half</c>,
/// <c>part</c> (early, mid, late) and <c>next</c> (a relative year or month).
/// </summary>
/// <param name="Pattern">What it matches.</param>
/// <param name="Precision">How wide the period is.</param>
/// <param name="End">The period's last day, from the match and the post's date; null when the words are no date after all.</param>
public sealed record TargetDateRule(Regex Pattern, TargetPrecision Precision, Func<Match, DateOnly, DateOnly?> End);
