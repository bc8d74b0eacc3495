namespace StaticCatalog.Changes;

/// <summary>The same item in the previous and in the current catalog, when something about it changed.</summary>
public sealed record ChangedItem<T>(T Before, T After);
