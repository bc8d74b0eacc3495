namespace StaticCatalog.Evaluation;

/// <summary>
/// The labelling guide's word rules for matching an extracted item with a label: words are runs of lower-case
/// letters and digits, less a few words that carry no name ("the", "now").
/// </summary>
public static partial class LabelMatching
{
    /// <summary>The least share of words two feature names (or a label's evidence and a name) must share.</summary>
    public const double FeatureShare = 0.5;

    /// <summary>The least share of a limit label's evidence words the extracted evidence must hold.</summary>
    public const double LimitEvidenceShare = 0.6;

    /// <summary>Two values are the same figure when they differ by at most this share of the labelled value.</summary>
    public const double ValueTolerance = 0.005;

    private static readonly HashSet<string> IgnoredWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "for", "and", "in", "to", "with", "on", "is", "now",
    };

    public static HashSet<string> Words(string? text) =>
        WordPattern().Matches((text ?? string.Empty).ToLowerInvariant()).Select(m => m.Value).Where(w => !IgnoredWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words two names share over the longer name's word count; 0 when either has no words.</summary>
    public static double Similarity(string? a, string? b)
    {
        var wordsA = Words(a);
        var wordsB = Words(b);
        return wordsA.Count == 0 || wordsB.Count == 0 ? 0 : (double)wordsA.Count(wordsB.Contains) / Math.Max(wordsA.Count, wordsB.Count);
    }

    /// <summary>The share of the label's words that the text holds; 0 when the label has no words.</summary>
    public static double Contained(string? label, string? text)
    {
        var labelWords = Words(label);
        if (labelWords.Count == 0)
        {
            return 0;
        }

        var textWords = Words(text);
        return (double)labelWords.Count(textWords.Contains) / labelWords.Count;
    }

    /// <summary>
    /// How well an extracted feature name matches a labelled feature: the names' similarity, or, when the names share
    /// a word, the share of the label's evidence words the name holds if that reaches <see cref="FeatureShare"/>.
    /// </summary>
    public static double FeatureScore(LabelledFeature label, string extractedName)
    {
        var similarity = Similarity(label.Name, extractedName);
        var contained = Contained(label.Evidence, extractedName);
        return Math.Max(similarity, contained >= FeatureShare && similarity > 0 ? contained : 0);
    }

    public static bool SameValue(double labelled, double extracted) =>
        Math.Abs(extracted - labelled) <= ValueTolerance * Math.Max(Math.Abs(labelled), 1e-9);

    [System.Text.RegularExpressions.GeneratedRegex("[a-z0-9]+")]
    private static partial System.Text.RegularExpressions.Regex WordPattern();
}
