namespace StaticCatalog.Evaluation;

/// <summary>What one figure must reach on the test half.</summary>
/// <param name="Figure">The figure.</param>
/// <param name="Goal">The goal, printed beside the test half; null when there is none.</param>
/// <param name="Floor">The least the test half may score: a test fails below it (raised as the extractor improves, never lowered to pass).</param>
public sealed record EvaluationTarget(EvaluationFigure Figure, double? Goal, double Floor);
