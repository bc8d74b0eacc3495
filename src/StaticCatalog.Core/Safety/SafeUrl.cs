namespace StaticCatalog.Safety;

/// <summary>
/// Which URLs a post may link to or show: relative ones (paths, <c>#fragments</c>, <c>?queries</c>) and the
/// schemes http, https and mailto. A browser ignores tabs, newlines and leading blanks in a scheme, so
/// <c>java&#9;script:</c> is read as <c>javascript:</c> here too.
/// </summary>
public static class SafeUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var scheme = SchemeOf(url);
        return scheme is null || AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The scheme as a browser reads it (blanks and control characters dropped), or null for a relative URL. Read for
    /// every link of every post, so nothing is allocated unless a scheme is found; one longer than 64 letters comes back
    /// cut, which is no allowed scheme either.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        Span<char> letters = stackalloc char[64];
        var count = 0;
        var seen = 0;
        foreach (var c in url)
        {
            if (c <= ' ')
            {
                continue; // leading blanks, tabs and newlines do not count
            }

            if (c == ':')
            {
                return seen > 0 ? new string(letters[..count]) : null;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') || (seen == 0 && !char.IsAsciiLetter(c)))
            {
                return null; // a '/', '?', '#' or other character first: the URL is relative
            }

            seen++;
            if (count < letters.Length)
            {
                letters[count++] = c;
            }
        }

        return null;
    }
}
