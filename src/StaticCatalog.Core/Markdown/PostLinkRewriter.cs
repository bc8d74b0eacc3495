namespace StaticCatalog.Markdown;

/// <summary>
/// Links in a post body were written for the page the post came from (<c>external_url</c>):
/// <c>/docs/x</c> on code.visualstudio.com means https://code.visualstudio.com/docs/x, not a page of this
/// site. Relative links are resolved against that page, protocol-relative ones get https; fragments,
/// absolute URLs and posts without an http(s) <c>external_url</c> are left alone.
/// </summary>
public static class PostLinkRewriter
{
    public static Func<string, string>? For(Uri? origin) =>
        origin is null ? null : url => Rewrite(origin, url);

    public static string Rewrite(Uri origin, string url)
    {
        if (url.Length == 0 || url[0] is '#' || HasScheme(url))
        {
            return url;
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return "https:" + url;
        }

        return Uri.TryCreate(origin, url, out var resolved) ? resolved.AbsoluteUri : url;
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = url[i];
            if (!(char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'))))
            {
                return false;
            }
        }

        return true;
    }
}
