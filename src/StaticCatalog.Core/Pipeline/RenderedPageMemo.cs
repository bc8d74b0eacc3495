using System.Collections.Concurrent;
using StaticCatalog.Output;
using StaticCatalog.Rendering;
using StaticCatalog.Rendering.ViewModels;

namespace StaticCatalog.Pipeline;

/// <summary>
/// The pages <c>serve</c> drew last, each with the views it was drawn from. Templates see nothing but views (the page's,
/// its model and <c>site</c>) and the theme, so a page whose views are equal by value (<see cref="ValueEquality"/>) to
/// those it was last drawn from, with the same theme and the same <c>site</c>, would be drawn to the same bytes: its
/// last file is handed on instead. A retitled post then costs the pages that show it, not every page of the site.
/// It holds one entry per page path drawn since the theme or <c>site</c> last changed.
/// </summary>
public sealed class RenderedPageMemo
{
    private readonly ConcurrentDictionary<string, Drawn> _pages = new(StringComparer.Ordinal);
    private TemplateSet? _templates;
    private SiteView? _site;

    /// <summary>Starts a run: a different theme or <c>site</c> view makes every page be drawn again.</summary>
    public void Begin(TemplateSet templates, SiteView site)
    {
        if (!ReferenceEquals(templates, _templates) || !ValueEquality.Same(site, _site))
        {
            _pages.Clear();
            _templates = templates;
            _site = site;
        }
    }

    /// <summary>The file last drawn for <paramref name="spec"/>'s path, if it was drawn from views equal to these.</summary>
    public OutputFile? Find(PageSpec spec, object model) =>
        _pages.TryGetValue(spec.SitePath, out var drawn)
        && drawn.Kind == spec.Kind
        && ValueEquality.Same(drawn.Page, spec.Page)
        && ValueEquality.Same(drawn.Model, model)
            ? drawn.File
            : null;

    public void Remember(PageSpec spec, object model, OutputFile file) => _pages[spec.SitePath] = new Drawn(spec.Kind, spec.Page, model, file);

    private sealed record Drawn(PageKind Kind, PageView Page, object Model, OutputFile File);
}
