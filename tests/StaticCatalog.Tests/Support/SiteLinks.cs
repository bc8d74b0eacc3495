using StaticCatalog.Checking;
using StaticCatalog.Diagnostics;
using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Support;

/// <summary>The links of a built site, as <c>staticcatalog check</c> resolves them.</summary>
public static class SiteLinks
{
    /// <summary>Every broken internal link (SC6001) and fragment (SC6002) of every file of the site, as diagnostics lines.</summary>
    public static IReadOnlyList<string> Broken(string outputDirectory, string basePath) =>
        SiteChecker.Check(outputDirectory, SiteUrl.TryParse(basePath, out _))
            .Diagnostics
            .Where(d => d.Code is DiagnosticCodes.BrokenLink or DiagnosticCodes.BrokenFragment)
            .Select(d => d.ToString())
            .ToList();
}
