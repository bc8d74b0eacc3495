namespace StaticCatalog.Changes;

/// <summary>
/// What changed from a previous catalog to the current one, each list in a fixed order: posts and features
/// newest first (then by id), services by name, limits by service, metric, qualifier and id.
/// </summary>
/// <param name="NewPosts">Posts whose seed file the previous catalog did not have.</param>
/// <param name="RemovedPosts">Posts whose seed file is gone.</param>
/// <param name="NewServices">Services new in the taxonomy, or named by a post for the first time.</param>
/// <param name="NewFeatures">Features no previous post mentioned, each as its current entry.</param>
/// <param name="StatusChanges">Features whose current status differs: the previous and the current entry.</param>
/// <param name="RemovedFeatures">Features no post mentions any more, as their previous entry.</param>
/// <param name="NewLimits">Figures a post states that it did not state before.</param>
/// <param name="ChangedLimits">Figures a post states with another normalized value or base unit.</param>
/// <param name="RemovedLimits">Figures a post no longer states (or whose post is gone).</param>
public sealed record CatalogChanges(
    IReadOnlyList<SnapshotPost> NewPosts,
    IReadOnlyList<SnapshotPost> RemovedPosts,
    IReadOnlyList<SnapshotService> NewServices,
    IReadOnlyList<SnapshotFeature> NewFeatures,
    IReadOnlyList<ChangedItem<SnapshotFeature>> StatusChanges,
    IReadOnlyList<SnapshotFeature> RemovedFeatures,
    IReadOnlyList<SnapshotLimit> NewLimits,
    IReadOnlyList<ChangedItem<SnapshotLimit>> ChangedLimits,
    IReadOnlyList<SnapshotLimit> RemovedLimits)
{
    public bool IsEmpty =>
        NewPosts.Count + RemovedPosts.Count + NewServices.Count + NewFeatures.Count + StatusChanges.Count
        + RemovedFeatures.Count + NewLimits.Count + ChangedLimits.Count + RemovedLimits.Count == 0;
}
