namespace StaticCatalog.Catalog;

/// <summary>A feature named in a sentence together with the status wording that announces it.</summary>
public sealed record FeatureMention(string Name, ReleaseStatus Status);
