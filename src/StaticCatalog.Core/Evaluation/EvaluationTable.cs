using System.Globalization;
using System.Text;

namespace StaticCatalog.Evaluation;

/// <summary>
/// A half's scores as a plain-text table: a row for all posts, each feed and each labelled post kind, with every
/// figure of <see cref="EvaluationFigures"/> and the counts of posts, features and limits (found/labelled); the test
/// half also gets the goal and floor rows of <see cref="EvaluationTargets"/> under its all-posts row.
/// </summary>
public static class EvaluationTable
{
    private const int KeyWidth = 20;

    public static string Format(HalfReport half)
    {
        var text = new StringBuilder();
        var scored = half.All.PostsScored;
        text.Append(CultureInfo.InvariantCulture, $"{half.Half} half: {half.All.Posts} posts")
            .Append(half.Half == LabelledSet.Test ? " (report it, never tune on it)" : " (tune on it)")
            .Append(scored < half.All.Posts ? $"; {half.All.Posts - scored} missing from the corpus" : string.Empty)
            .AppendLine();
        text.Append("row".PadRight(KeyWidth)).Append("posts".PadLeft(6));
        foreach (var figure in EvaluationFigures.All)
        {
            text.Append(figure.Header.PadLeft(Width(figure)));
        }

        text.Append("features".PadLeft(10)).Append("limits".PadLeft(9)).AppendLine();
        foreach (var row in half.Rows)
        {
            Row(text, row.Key, row.Counts.Posts.ToString(CultureInfo.InvariantCulture), f => Number(f.ValueOf(row.Counts)),
                $"{row.Counts.FeaturesFound}/{row.Counts.FeaturesLabelled}", $"{row.Counts.LimitsFound}/{row.Counts.LimitsLabelled}");
            if (half.Half == LabelledSet.Test && row.Key == EvaluationRow.All)
            {
                Row(text, "  goal", string.Empty, f => Number(EvaluationTargets.For(f)?.Goal), string.Empty, string.Empty);
                Row(text, "  floor", string.Empty, f => Number(EvaluationTargets.For(f)?.Floor), string.Empty, string.Empty);
            }
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string key, string posts, Func<EvaluationFigure, string> cell, string features, string limits)
    {
        text.Append(key.PadRight(KeyWidth)).Append(posts.PadLeft(6));
        foreach (var figure in EvaluationFigures.All)
        {
            text.Append(cell(figure).PadLeft(Width(figure)));
        }

        text.Append(features.PadLeft(10)).Append(limits.PadLeft(9));
        text.Length = text.ToString().TrimEnd().Length;
        text.AppendLine();
    }

    private static int Width(EvaluationFigure figure) => Math.Max(figure.Header.Length, 4) + 2;

    /// <summary>Two decimals, or "-" when there is nothing to score.</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
