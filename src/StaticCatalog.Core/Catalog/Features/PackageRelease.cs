namespace StaticCatalog.Catalog.Features;

/// <summary>A package or SDK release named in release notes: its name with the version, the version, and the status its version shape gives (unknown when it gives none).</summary>
public sealed record PackageRelease(string Name, string Version, ReleaseStatus Status);
