namespace StaticCatalog.Catalog;

/// <summary>
/// A feature of a service that was renamed (<c>renamed_features</c> in <c>services.yml</c>): "Copilot cloud agent",
/// formerly "Copilot coding agent". A maintainer adds one only where the product's own posts say so ("X (formerly
/// known as Y)"), so that the feature's history before and after the rename is one entity.
/// </summary>
/// <param name="Name">The feature's name today.</param>
/// <param name="Formerly">The name it had before.</param>
public sealed record FeatureRename(string Name, string Formerly);
