using System.Text.RegularExpressions;
using StaticCatalog.Urls;

namespace StaticCatalog.Checking;

/// <summary>
/// Resolves the links of a built site the way a browser on the published site would, without a network:
/// relative links against the document's own URL, root-relative links against the host, and absolute links
/// on the site's absolute root (when it has one) as internal links. Paths are decoded and dot segments
/// removed; a query string is ignored.
/// </summary>
public sealed partial class SiteLinkResolver
{
    private readonly SiteFiles _files;
    private readonly Uri? _absoluteRoot;

    public SiteLinkResolver(SiteUrl siteUrl, SiteFiles files)
    {
        SiteUrl = siteUrl;
        _files = files;
        _absoluteRoot = siteUrl.AbsoluteRoot is null ? null : new Uri(siteUrl.AbsoluteRoot);
    }

    public SiteUrl SiteUrl { get; }

    public string BasePath => SiteUrl.BasePath;

    /// <summary>The decoded URL path a site file is served at: <c>/my-repo/</c> and <c>posts/x/index.html</c>.</summary>
    public string DocumentPath(string relativeFile) => BasePath + relativeFile;

    /// <summary>
    /// Resolves <paramref name="reference"/> found in the document served at <paramref name="documentPath"/>
    /// (null when the document's base is outside the site: only absolute URLs can then lead back into it).
    /// </summary>
    public ResolvedLink Resolve(string reference, string? documentPath)
    {
        var text = Clean(reference);
        string? fragment = null;
        var hash = text.IndexOf('#');
        if (hash >= 0)
        {
            fragment = Uri.UnescapeDataString(text[(hash + 1)..]);
            text = text[..hash];
        }

        var path = PathOf(text, documentPath, out var fromAbsoluteUrl);
        if (path is null)
        {
            return ResolvedLink.External;
        }

        var sitePath = SitePath(path);
        if (sitePath is null)
        {
            // An absolute URL on the same host but outside the base path is another project of that host.
            return fromAbsoluteUrl ? ResolvedLink.External : new ResolvedLink(LinkTargetKind.OutsideBasePath, path, null, fragment);
        }

        var file = _files.FileServing(sitePath);
        return new ResolvedLink(file is null ? LinkTargetKind.Missing : LinkTargetKind.Found, path, file, fragment);
    }

    /// <summary>
    /// The document path a base URL (<c>&lt;base href&gt;</c>, <c>xml:base</c>) sets for the links below it, or
    /// null when that base is another site or project (its relative links are then external too).
    /// </summary>
    public string? ResolveBase(string reference, string? documentPath)
    {
        var text = Clean(reference);
        var cut = text.IndexOfAny(['#', '?']);
        if (cut >= 0)
        {
            text = text[..cut];
        }

        var path = PathOf(text, documentPath, out var fromAbsoluteUrl);
        return fromAbsoluteUrl && path is not null && SitePath(path) is null ? null : path;
    }

    /// <summary>Leading and trailing HTML white space go, and tabs and newlines inside, as the URL standard says.</summary>
    private static string Clean(string reference)
    {
        var text = reference.Trim(' ', '\t', '\n', '\r', '\f');
        return text.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0
            ? text.Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal)
            : text;
    }

    /// <summary>The decoded, dot-free URL path of a link without its fragment, or null when it leaves the site.</summary>
    private string? PathOf(string text, string? documentPath, out bool fromAbsoluteUrl)
    {
        fromAbsoluteUrl = false;
        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            text = "https:" + text;
        }

        if (Scheme().IsMatch(text))
        {
            fromAbsoluteUrl = true;
            return OnThisSite(text);
        }

        if (documentPath is null)
        {
            return null;
        }

        var query = text.IndexOf('?');
        if (query >= 0)
        {
            text = text[..query];
        }

        if (text.Length == 0)
        {
            return documentPath;
        }

        var decoded = Uri.UnescapeDataString(text.Replace('\\', '/'));
        var merged = decoded.StartsWith('/') ? decoded : documentPath[..(documentPath.LastIndexOf('/') + 1)] + decoded;
        return RemoveDotSegments(merged);
    }

    /// <summary>The path of an absolute http(s) URL on the site's absolute root; null for any other URL.</summary>
    private string? OnThisSite(string text)
    {
        if (_absoluteRoot is null || !WebUrl.TryParse(text, out var uri)
            || !string.Equals(uri.Authority, _absoluteRoot.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Uri.UnescapeDataString(uri.AbsolutePath);
    }

    /// <summary>The site-relative path below the base path (<c>/my-repo</c> itself is the home page), or null outside it.</summary>
    private string? SitePath(string path)
    {
        if (path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return path[BasePath.Length..];
        }

        return path.Length == BasePath.Length - 1 && BasePath.StartsWith(path, StringComparison.Ordinal) ? string.Empty : null;
    }

    /// <summary>RFC 3986 section 5.2.4 on an absolute path: <c>/a/b/../c/./d</c> is <c>/a/c/d</c>; never above the root.</summary>
    internal static string RemoveDotSegments(string path)
    {
        if (!path.Contains("/.", StringComparison.Ordinal))
        {
            return path;
        }

        var segments = path.Split('/');
        var kept = new List<string>(segments.Length);
        for (var i = 1; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            if (segment == ".")
            {
                if (last)
                {
                    kept.Add(string.Empty);
                }
            }
            else if (segment == "..")
            {
                if (kept.Count > 0)
                {
                    kept.RemoveAt(kept.Count - 1);
                }

                if (last)
                {
                    kept.Add(string.Empty);
                }
            }
            else
            {
                kept.Add(segment);
            }
        }

        return "/" + string.Join('/', kept);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
