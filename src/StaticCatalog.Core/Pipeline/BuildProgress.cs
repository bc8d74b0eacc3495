namespace StaticCatalog.Pipeline;

/// <summary>How far a stage is: <paramref name="Completed"/> of <paramref name="Total"/> items.</summary>
public sealed record BuildProgress(string Stage, int Completed, int Total);
