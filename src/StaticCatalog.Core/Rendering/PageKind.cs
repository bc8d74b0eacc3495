namespace StaticCatalog.Rendering;

/// <summary>
/// What sort of page a page is, under one name: <paramref name="Name"/> is the page's <c>page.kind</c> (and its
/// <c>page-…</c> body class), <paramref name="Layout"/> the layout that draws it (<c>layouts/{Layout}.sbn-html</c>),
/// <paramref name="ModelName"/> the name its view model has in that layout, and <paramref name="Indexed"/> whether
/// search engines may index it and the sitemap lists it.
/// </summary>
public sealed record PageKind(string Name, string Layout, string ModelName, bool Indexed = true)
{
    /// <summary>The theme file of the layout.</summary>
    public string LayoutPath => $"layouts/{Layout}{ThemeTemplateLoader.Extension}";
}
