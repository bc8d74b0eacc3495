using StaticCatalog.Rendering.ViewModels;

namespace StaticCatalog.Rendering;

/// <summary>
/// One page to render: where it goes, which layout draws it, and the view model the layout sees under
/// <paramref name="ModelName"/> (<c>post</c>, <c>list</c>, <c>index</c>, <c>home</c>), and the date its content
/// last changed (the newest post it shows; null when it shows none), which the sitemap gives as <c>lastmod</c>.
/// </summary>
public sealed record PageSpec(string SitePath, string Layout, string ModelName, object Model, PageView Page, DateTimeOffset? LastModified);
