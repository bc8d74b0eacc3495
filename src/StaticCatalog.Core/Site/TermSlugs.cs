using System.Security.Cryptography;
using System.Text;
using StaticCatalog.Urls;

namespace StaticCatalog.Site;

/// <summary>
/// The slug of each term name, worked out once per assemble (a corpus repeats a few thousand names tens of
/// thousands of times). A name with no Latin letters or digits gets a stable hash-based slug.
/// </summary>
internal sealed class TermSlugs
{
    private const int MaxLength = 80;

    private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);

    public string Of(string name)
    {
        if (!_slugs.TryGetValue(name, out var slug))
        {
            _slugs[name] = slug = Make(name);
        }

        return slug;
    }

    private static string Make(string name)
    {
        var slug = Slugifier.Slugify(name);
        if (slug.Length > 0)
        {
            return slug.Length > MaxLength ? Slugifier.SlugifyShort(slug, MaxLength) : slug;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return "term-" + Convert.ToHexStringLower(hash)[..8];
    }
}
