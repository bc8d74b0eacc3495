namespace StaticCatalog.Evaluation;

/// <summary>One figure of an evaluation: a ratio of two counts.</summary>
/// <param name="Id">Its name in <c>evaluate --json</c> ("features_precision").</param>
/// <param name="Header">Its column header in the printed table ("feat P").</param>
/// <param name="Meaning">What it measures, in a sentence.</param>
/// <param name="Ratio">Its numerator and denominator from the counts.</param>
public sealed record EvaluationFigure(string Id, string Header, string Meaning, Func<EvaluationCounts, (int Right, int Of)> Ratio)
{
    /// <summary>The figure's value, or null when its denominator is zero (nothing to score).</summary>
    public double? ValueOf(EvaluationCounts counts)
    {
        var (right, of) = Ratio(counts);
        return of == 0 ? null : (double)right / of;
    }
}
