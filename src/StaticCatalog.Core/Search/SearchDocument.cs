namespace StaticCatalog.Search;

/// <summary>
/// One thing search can find: what a result shows (title, a short excerpt, a date for posts) and the text
/// indexed for it, by field.
/// </summary>
/// <param name="Kind">Post, service or tag.</param>
/// <param name="SitePath">Its page, relative to the site's base path (<c>posts/2025/12/x/</c>), so the index works under any base path.</param>
/// <param name="Title">Shown as the result's link text; indexed as <see cref="SearchFields.Title"/>.</param>
/// <param name="Date">The post's date as <c>yyyy-MM-dd</c>, or empty.</param>
/// <param name="Excerpt">Shown under the title; indexed as <see cref="SearchFields.Excerpt"/>.</param>
/// <param name="Meta">Services, features, limits and tags; indexed as <see cref="SearchFields.Meta"/>, not shown.</param>
public sealed record SearchDocument(
    SearchDocumentKind Kind,
    string SitePath,
    string Title,
    string Date,
    string Excerpt,
    IReadOnlyList<string> Meta);
