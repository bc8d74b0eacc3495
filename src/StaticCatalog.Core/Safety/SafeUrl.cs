using System.Text;

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

    /// <summary>The scheme as a browser reads it (blanks and control characters dropped), or null for a relative URL.</summary>
    public static string? SchemeOf(string url)
    {
        var letters = new StringBuilder();
        foreach (var c in url)
        {
            if (c <= ' ')
            {
                continue; // leading blanks, tabs and newlines do not count
            }

            if (c == ':')
            {
                return letters.Length > 0 ? letters.ToString() : null;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') || (letters.Length == 0 && !char.IsAsciiLetter(c)))
            {
                return null; // a '/', '?', '#' or other character first: the URL is relative
            }

            letters.Append(c);
        }

        return null;
    }
}
