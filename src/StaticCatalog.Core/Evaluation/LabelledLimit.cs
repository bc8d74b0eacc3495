namespace StaticCatalog.Evaluation;

/// <summary>A limit of the labelled set: the words as written, and the value in its base unit.</summary>
public sealed record LabelledLimit(string Text, decimal Normalized, string BaseUnit);
