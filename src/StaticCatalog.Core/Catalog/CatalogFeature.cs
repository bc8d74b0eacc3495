namespace StaticCatalog.Catalog;

/// <summary>A capability a post announces, with the status the post gives it.</summary>
/// <param name="Name">The feature's name as the post writes it.</param>
/// <param name="Status">The release status the post states.</param>
/// <param name="Services">Slugs of the services it belongs to.</param>
/// <param name="Anchor">The id of the paragraph, list item or heading it came from, or null for the post as a whole.</param>
/// <param name="Evidence">The source sentence as plain text.</param>
/// <param name="Curated">True when written by hand in the post's <c>catalog:</c> block.</param>
/// <param name="Date">The date of the status when the catalog block gives one; else the post's date applies.</param>
public sealed record CatalogFeature(
    string Name,
    ReleaseStatus Status,
    IReadOnlyList<string> Services,
    string? Anchor,
    string Evidence,
    bool Curated,
    DateTimeOffset? Date = null);
