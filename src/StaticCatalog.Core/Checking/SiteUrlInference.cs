using AngleSharp.Html.Parser;
using StaticCatalog.Urls;

namespace StaticCatalog.Checking;

/// <summary>
/// The base URL a built site was made for, read from its home page's canonical link: an absolute URL
/// (<c>https://user.github.io/my-repo/</c>) gives the base path and the absolute root, a path
/// (<c>/my-repo/</c>) the base path only. Without one the site is taken to be at a domain root.
/// </summary>
public static class SiteUrlInference
{
    public const string HomePage = "index.html";

    public static SiteUrl FromHomePage(SiteFiles files)
    {
        if (!files.Contains(HomePage))
        {
            return SiteUrl.Root;
        }

        using var document = new HtmlParser().ParseDocument(File.ReadAllText(files.FullPath(HomePage)));
        var canonical = HtmlPageChecker.CanonicalHref(document)?.Trim();
        if (canonical is null)
        {
            return SiteUrl.Root;
        }

        if (canonical.EndsWith("/" + HomePage, StringComparison.Ordinal))
        {
            canonical = canonical[..^HomePage.Length];
        }

        return SiteUrl.TryParse(canonical, out _) ?? SiteUrl.Root;
    }
}
