namespace StaticCatalog.Evaluation;

/// <summary>A labelled limit: the figure as a plain number and the post's words that hold it.</summary>
/// <param name="Subject">The product, SKU or feature it is stated for.</param>
/// <param name="Value">The plain number (10 million is 10000000).</param>
/// <param name="Unit">The unit as written (<c>count</c> for plain counts).</param>
/// <param name="Evidence">The exact words holding the figure.</param>
/// <param name="Optional">A borderline item: counted neither as missed nor as wrong.</param>
public sealed record LabelledLimit(string? Subject, string? Metric, double Value, string? Unit, string? Qualifier, string? Evidence, bool Optional);
