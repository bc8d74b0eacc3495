namespace StaticCatalog.Changes;

/// <summary>
/// What the change report needs from one <c>catalog.json</c>: its posts, services, features and limits,
/// with the names and titles they refer to already looked up. Read by <see cref="CatalogSnapshotParser"/>.
/// </summary>
/// <param name="Posts">In the file's order (newest first).</param>
/// <param name="Services">In the file's order (taxonomy order).</param>
/// <param name="Features">One per post that mentions a feature, in the file's order.</param>
/// <param name="Limits">In the file's order.</param>
public sealed record CatalogSnapshot(
    IReadOnlyList<SnapshotPost> Posts,
    IReadOnlyList<SnapshotService> Services,
    IReadOnlyList<SnapshotFeature> Features,
    IReadOnlyList<SnapshotLimit> Limits);
