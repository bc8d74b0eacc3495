namespace StaticCatalog.Urls;

/// <summary>
/// The site's root. Every internal link is the base path plus a site-relative path, so the same
/// build works at a domain root (<c>/</c>) and under a GitHub Pages project path (<c>/my-repo/</c>).
/// </summary>
public sealed record SiteUrl
{
    private SiteUrl(string basePath, string? absoluteRoot)
    {
        BasePath = basePath;
        AbsoluteRoot = absoluteRoot;
    }

    /// <summary>Always starts and ends with <c>/</c>.</summary>
    public string BasePath { get; }

    /// <summary>Scheme, host and base path with a trailing slash, or null when only a path was given.</summary>
    public string? AbsoluteRoot { get; }

    /// <summary>Reads <c>/</c>, <c>/repo</c>, <c>https://user.github.io/repo/</c>; returns null with a reason when it cannot.</summary>
    public static SiteUrl? TryParse(string? value, out string? error)
    {
        error = null;
        var text = (value ?? "/").Trim();
        if (text.Length == 0)
        {
            text = "/";
        }

        if (WebUrl.TryParse(text, out var uri))
        {
            if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                error = $"the base URL '{text}' must not have a query or a fragment";
                return null;
            }

            var path = NormalizePath(uri.AbsolutePath);
            return new SiteUrl(path, uri.GetLeftPart(UriPartial.Authority) + path);
        }

        if (text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal) && !text.Contains('?') && !text.Contains('#') && !text.Contains('\\'))
        {
            return new SiteUrl(NormalizePath(text), null);
        }

        error = $"the base URL '{text}' is neither an http(s) URL nor a path starting with '/'";
        return null;
    }

    public static SiteUrl Root { get; } = new("/", null);

    /// <summary>A link for a site-relative path such as <c>posts/2025/12/x/</c> (no leading slash).</summary>
    public string Link(string sitePath) => BasePath + sitePath.TrimStart('/');

    /// <summary>The absolute URL when the base is absolute, else the base-path link.</summary>
    public string Absolute(string sitePath) => (AbsoluteRoot ?? BasePath) + sitePath.TrimStart('/');

    private static string NormalizePath(string path)
    {
        var trimmed = path.Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }
}
