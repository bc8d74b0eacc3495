using System.Text.RegularExpressions;

namespace StaticCatalog.Catalog.Kinds;

/// <summary>One line of <see cref="PostKindCues"/>: words that, found in <paramref name="Field"/>, speak for <paramref name="Kind"/>.</summary>
/// <param name="Field">Where the words are looked for.</param>
/// <param name="Words">Alternatives separated by '|', matched case-insensitively at word starts (a regular expression: "step \d+|how to").</param>
/// <param name="Kind">The kind they speak for.</param>
/// <param name="Weight">How much one match counts; a negative weight speaks against the kind.</param>
public sealed record PostKindCue(PostKindCueField Field, string Words, PostKind Kind, double Weight)
{
    /// <summary>The most matches of one cue that count in headings or the body.</summary>
    public const int MaxHits = 3;

    public Regex Pattern { get; } = new(@"\b(?:" + Words + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>How many times the cue counts in the text: at most once in a title, feed, tags or lead, at most <see cref="MaxHits"/> elsewhere.</summary>
    public int Hits(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var cap = Field is PostKindCueField.Headings or PostKindCueField.Body ? MaxHits : 1;
        var hits = 0;
        for (var match = Pattern.Match(text); match.Success && hits < cap; match = match.NextMatch())
        {
            hits++;
        }

        return hits;
    }
}
