namespace StaticCatalog.Rendering.ViewModels;

/// <summary>One choice of a filter list (a service, a category, a status, a metric): its value, label and how many items have it.</summary>
public sealed record FilterOption(string Value, string Label, int Count);
