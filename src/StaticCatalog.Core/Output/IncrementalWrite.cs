namespace StaticCatalog.Output;

/// <summary>What one write of <see cref="IncrementalSiteWriter"/> changed on disk: paths below the output folder.</summary>
public sealed record IncrementalWrite(IReadOnlyList<string> Written, IReadOnlyList<string> Deleted);
