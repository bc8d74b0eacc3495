using StaticCatalog.Catalog;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Rendering;
using StaticCatalog.Urls;

namespace StaticCatalog.Pipeline;

/// <summary>
/// What a build reads besides the seeds: <c>site.yml</c>, the service taxonomy, the base URL and the parsed theme.
/// A change to any of them makes every page suspect, so a rebuild loads them again and renders everything.
/// </summary>
public sealed record SiteInputs(ThemeFiles Theme, SiteConfig Config, SiteUrl Url, TemplateSet Templates, ServiceTaxonomy Taxonomy)
{
    /// <summary>Loads every input; problems are reported to <paramref name="diagnostics"/> and defaults stand in.</summary>
    public static SiteInputs Load(BuildOptions options, DiagnosticBag diagnostics)
    {
        var defaults = SiteDefaults.Bundled;
        var themeDirectory = defaults.ThemeFor(options, diagnostics);
        var theme = new ThemeFiles(themeDirectory ?? options.ThemeDirectory, options.InputDirectory);
        var config = SiteConfigLoader.Load(defaults.InputFolderFor(options.InputDirectory, SiteConfigLoader.FileName), diagnostics) with { AsOf = options.AsOf };
        var taxonomy = ServiceTaxonomyLoader.Load(defaults.InputFolderFor(options.InputDirectory, ServiceTaxonomyLoader.FileName), diagnostics);
        var url = SiteUrl.TryParse(options.BaseUrl ?? config.BaseUrl, out var urlError);
        if (url is null)
        {
            diagnostics.Add(Diagnostic.Error(Path.Combine(options.InputDirectory, SiteConfigLoader.FileName), 0, 0, DiagnosticCodes.InvalidConfig, urlError!));
        }

        var templates = TemplateSet.Load(theme, diagnostics);
        // A missing theme folder is one error (above), not one per layout.
        foreach (var layout in PageRenderer.RequiredLayouts.Where(l => themeDirectory is not null && !templates.Contains(l)))
        {
            if (theme.Resolve(layout) is null)
            {
                diagnostics.Add(Diagnostic.Error(theme.Display(layout), 0, 0, DiagnosticCodes.TemplateNotFound, $"the theme has no {layout}"));
            }
        }

        return new SiteInputs(theme, config, url ?? SiteUrl.Root, templates, taxonomy);
    }
}
