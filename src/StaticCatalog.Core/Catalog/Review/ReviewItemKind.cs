namespace StaticCatalog.Catalog.Review;

/// <summary>Which list of a post's catalog a review item or decision belongs to.</summary>
public enum ReviewItemKind
{
    Feature,
    Limit,
}
