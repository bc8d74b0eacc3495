using System.Diagnostics.CodeAnalysis;

namespace StaticCatalog.Urls;

/// <summary>The one test for "an absolute http or https URL", used wherever a URL may leave the site.</summary>
public static class WebUrl
{
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Uri? uri)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
        {
            uri = parsed;
            return true;
        }

        uri = null;
        return false;
    }
}
