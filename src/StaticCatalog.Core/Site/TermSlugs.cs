using System.Security.Cryptography;
using System.Text;
using StaticCatalog.Urls;

namespace StaticCatalog.Site;

/// <summary>
/// The slug of each term name, worked out once per assemble (a corpus repeats a few thousand names tens of
/// thousands of times). Names with the same <see cref="Slugifier.Slugify"/> text are one term; any two
/// other names get different slugs, even when cutting a long name to <see cref="MaxLength"/>, a reserved
/// name's suffix (<see cref="SitePaths.SafeSegment"/>) or a hash would make them meet: the later one gets
/// <c>-2</c>, <c>-3</c>, ... A name with no letters or digits gets a stable hash-based slug.
/// </summary>
internal sealed class TermSlugs
{
    /// <summary>Longest term slug in UTF-8 bytes before a suffix that keeps it unique.</summary>
    public const int MaxLength = 80;

    private readonly Dictionary<string, string> _slugs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);

    public string Of(string name)
    {
        if (!_slugs.TryGetValue(name, out var slug))
        {
            _slugs[name] = slug = Make(name);
        }

        return slug;
    }

    private string Make(string name)
    {
        var natural = Slugifier.Slugify(name);

        // A name without a slug of its own is a term by itself; '/' cannot be part of a slug, so the keys never meet.
        var term = natural.Length > 0 ? natural : "/" + name;
        if (_byTerm.TryGetValue(term, out var slug))
        {
            return slug;
        }

        var wanted = natural.Length == 0 ? "term-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8]
            : SitePaths.SafeSegment(Slugifier.Length(natural) > MaxLength ? Slugifier.SlugifyShort(natural, MaxLength) : natural);
        slug = wanted;
        for (var n = 2; !_owners.TryAdd(slug, term); n++)
        {
            slug = $"{wanted}-{n}";
        }

        _byTerm[term] = slug;
        return slug;
    }
}
