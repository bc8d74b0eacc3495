using StaticCatalog.Catalog;

namespace StaticCatalog.Evaluation;

/// <summary>A labelled feature: its name, the one service it belongs to, its status and the words that state it.</summary>
/// <param name="Service">The service's name as the labeller wrote it, or null.</param>
/// <param name="Evidence">The post's words naming the feature, or null.</param>
public sealed record LabelledFeature(string Name, string? Service, ReleaseStatus Status, string? Evidence);
