namespace StaticCatalog.Changes;

/// <summary>A stated limit, as a catalog snapshot has it.</summary>
/// <param name="Id">The catalog id ("post-id#limit-3").</param>
/// <param name="ServiceId">The service slug, or null.</param>
/// <param name="ServiceName">The service's display name, or null.</param>
/// <param name="Subject">What the figure is about: the feature, else the service, else the section.</param>
/// <param name="Metric">What it measures (throughput, private endpoints per VNet).</param>
/// <param name="Value">The number as stated.</param>
/// <param name="Unit">The unit as stated (Gbps, count).</param>
/// <param name="Normalized">The value in <paramref name="BaseUnit"/>.</param>
/// <param name="BaseUnit">bit/s, packet/s, byte, count, ...</param>
/// <param name="Qualifier">up to, +, per TCP flow, ...; null when none.</param>
/// <param name="PostSource">The seed file of the post that states it.</param>
/// <param name="PostTitle">The title of that post.</param>
/// <param name="Url">The post's page, anchored at the statement.</param>
public sealed record SnapshotLimit(
    string Id,
    string? ServiceId,
    string? ServiceName,
    string Subject,
    string Metric,
    decimal Value,
    string Unit,
    decimal Normalized,
    string BaseUnit,
    string? Qualifier,
    string PostSource,
    string PostTitle,
    string Url);
