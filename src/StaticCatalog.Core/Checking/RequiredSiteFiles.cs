using StaticCatalog.Diagnostics;

namespace StaticCatalog.Checking;

/// <summary>The files every built site has (SC6008 for each one missing, or once for a missing folder).</summary>
public static class RequiredSiteFiles
{
    /// <summary>Each file with what it is for, as the diagnostic says it.</summary>
    public static IReadOnlyList<(string File, string Purpose)> Files { get; } =
    [
        ("index.html", "the home page"),
        ("404.html", "the page GitHub Pages shows for a URL the site does not have"),
        (".nojekyll", "without it GitHub Pages runs Jekyll over the site, which drops files and folders starting with '_'"),
        ("robots.txt", "it tells crawlers where the sitemap is"),
        ("sitemap.xml", "the list of pages for search engines"),
        ("catalog.json", "the catalog as data"),
    ];

    public static void Check(SiteFiles files, DiagnosticBag diagnostics)
    {
        foreach (var (file, purpose) in Files.Where(f => !files.Contains(f.File)))
        {
            diagnostics.Add(Diagnostic.Error(files.DiagnosticPath(file), 0, 0, DiagnosticCodes.MissingSiteFile, $"the site has no {file} ({purpose})"));
        }
    }

    public static Diagnostic MissingFolder(string siteDirectory) =>
        Diagnostic.Error(siteDirectory, 0, 0, DiagnosticCodes.MissingSiteFile, $"the site folder '{siteDirectory}' does not exist");
}
