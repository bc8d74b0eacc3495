using StaticCatalog.Catalog;

namespace StaticCatalog.Evaluation;

/// <summary>A feature of the labelled set: its name as the post writes it and its status.</summary>
public sealed record LabelledFeature(string Name, ReleaseStatus Status);
