namespace StaticCatalog.Pipeline;

/// <summary>What the write stage changed on disk: paths below the output folder written (their bytes changed, or the folder was replaced) and deleted.</summary>
public sealed record SiteWrite(IReadOnlyList<string> Written, IReadOnlyList<string> Deleted);
