using StaticCatalog.Catalog;

namespace StaticCatalog.Changes;

/// <summary>One post's mention of a feature, as a catalog snapshot has it.</summary>
/// <param name="Id">The catalog id ("post-id#feature-slug").</param>
/// <param name="Name">The name as the post writes it.</param>
/// <param name="ServiceIds">The slugs of its services, first one first.</param>
/// <param name="ServiceNames">The display names of the same services.</param>
/// <param name="Status">The status the post gives it (unknown for a status the reader does not know).</param>
/// <param name="Date">The date of that status.</param>
/// <param name="PostTitle">The title of the post that mentions it.</param>
/// <param name="Url">The post's page, anchored at the mention.</param>
public sealed record SnapshotFeature(
    string Id,
    string Name,
    IReadOnlyList<string> ServiceIds,
    IReadOnlyList<string> ServiceNames,
    ReleaseStatus Status,
    DateTimeOffset Date,
    string PostTitle,
    string Url);
