namespace StaticCatalog.Changes;

/// <summary>A service of the taxonomy, as a catalog snapshot has it.</summary>
/// <param name="Id">The slug.</param>
/// <param name="Name">The display name.</param>
/// <param name="Category">The taxonomy category.</param>
/// <param name="Url">The service's page, or null when no post names it.</param>
/// <param name="PostCount">How many posts name it.</param>
public sealed record SnapshotService(string Id, string Name, string Category, string? Url, int PostCount);
