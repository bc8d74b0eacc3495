namespace StaticCatalog.Evaluation;

/// <summary>What <c>staticcatalog evaluate</c> found: a report per half asked for, and the posts it could not score.</summary>
/// <param name="Missing">Labelled posts not found in the corpus or that do not parse.</param>
public sealed record EvaluationReport(IReadOnlyList<HalfReport> Halves, IReadOnlyList<string> Missing)
{
    public HalfReport? Half(string half) => Halves.FirstOrDefault(h => h.Half == half);
}
