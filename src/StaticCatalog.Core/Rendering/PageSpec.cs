using StaticCatalog.Rendering.ViewModels;

namespace StaticCatalog.Rendering;

/// <summary>
/// One page to render: where it goes, what kind of page it is (which says the layout that draws it and the name
/// the layout sees its view model under: <c>post</c>, <c>list</c>, <c>index</c>, <c>home</c>), and the date its content
/// last changed (the newest post it shows; null when it shows none), which the sitemap gives as <c>lastmod</c>.
/// The model is made when the page is drawn (<see cref="MakeModel"/>): a site plans tens of thousands of pages up
/// front, and holding every post's and list's view model until the last page is drawn took 440 MB at 21,000 posts.
/// </summary>
public sealed record PageSpec(string SitePath, PageKind Kind, Func<object> MakeModel, PageView Page, DateTimeOffset? LastModified)
{
    /// <summary>A page whose model is already made (the few site-wide pages).</summary>
    public PageSpec(string sitePath, PageKind kind, object model, PageView page, DateTimeOffset? lastModified)
        : this(sitePath, kind, () => model, page, lastModified)
    {
    }
}
