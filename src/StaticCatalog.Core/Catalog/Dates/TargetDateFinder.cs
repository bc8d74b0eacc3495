namespace StaticCatalog.Catalog.Dates;

/// <summary>
/// Finds the date a planned feature is due or a feature is retired, in its evidence and then the text around it,
/// by <see cref="TargetDateRules"/>: in each text, the first date written; where two rules match at one place, the
/// longer match, then the more precise rule.
/// </summary>
public static class TargetDateFinder
{
    /// <summary>How far from the post a date may be and still be a target: a retirement announced years ahead is, a year in a product's name is not.</summary>
    private const int MaxYearsAhead = 6;

    /// <param name="texts">Where to look, in order: the evidence sentence, then its block, then the block after a heading.</param>
    /// <param name="post">The post's date: relative dates ("later this year") count from it.</param>
    /// <param name="mayBePast">True for a retirement (it may have happened before the post); a plan's target is never before its post.</param>
    public static TargetDate? Find(IEnumerable<string?> texts, DateOnly post, bool mayBePast)
    {
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text) || !MayHoldDate(text))
            {
                continue;
            }

            TargetDate? best = null;
            var bestIndex = int.MaxValue;
            var bestLength = 0;
            foreach (var rule in TargetDateRules.All)
            {
                for (var match = rule.Pattern.Match(text); match.Success; match = match.NextMatch())
                {
                    if (match.Index > bestIndex || (match.Index == bestIndex && match.Length <= bestLength))
                    {
                        break;
                    }

                    if (rule.End(match, post) is { } end && Plausible(end, post, mayBePast))
                    {
                        best = new TargetDate(end, match.Value.Trim(), rule.Precision);
                        bestIndex = match.Index;
                        bestLength = match.Length;
                        break;
                    }
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    private static bool Plausible(DateOnly end, DateOnly post, bool mayBePast) =>
        end <= post.AddYears(MaxYearsAhead) && (mayBePast ? end >= post.AddYears(-MaxYearsAhead) : end >= post);

    /// <summary>Every rule needs a digit or a month, year or relative word: most sentences are skipped without a regex.</summary>
    private static bool MayHoldDate(string text) =>
        text.AsSpan().IndexOfAnyInRange('0', '9') >= 0
        || text.Contains("year", StringComparison.OrdinalIgnoreCase)
        || text.Contains("month", StringComparison.OrdinalIgnoreCase)
        || MonthWord(text);

    private static bool MonthWord(string text)
    {
        foreach (var month in (ReadOnlySpan<string>)["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
        {
            if (text.Contains(month, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
