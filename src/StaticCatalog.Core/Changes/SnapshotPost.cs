namespace StaticCatalog.Changes;

/// <summary>A post of a catalog snapshot.</summary>
/// <param name="Id">The catalog id ("2025-12-some-title").</param>
/// <param name="Source">The seed file, relative to the seeds folder: what identifies the post across builds.</param>
/// <param name="Title">The title as written.</param>
/// <param name="Date">The post's date.</param>
/// <param name="Url">The post's page.</param>
public sealed record SnapshotPost(string Id, string Source, string Title, DateTimeOffset Date, string Url);
