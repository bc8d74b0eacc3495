using CsCheck;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Properties;

/// <summary>
/// Term slugs (tags, sections, feeds): safe, bounded, stable, and distinct for distinct terms. Names are one
/// term exactly when they slugify to the same non-empty text ("GitHub Copilot", "Github copilot!"); names that
/// would share a slug only after cutting, a reserved-name suffix or a hash, or that have no slug at all, differ.
/// </summary>
[Trait("Category", "Unit")]
public sealed class TermSlugProperties
{
    /// <summary>Cases per property; the two properties of this class run 2 x 1,000 = 2,000 cases (of up to 40 names each).</summary>
    private const int Cases = 1_000;

    private static readonly Gen<string[]> Names = Gen.Frequency(
            (3, HostileNames.Name),
            (1, HostileNames.LongTitle),
            (1, Gen.OneOf("CON", "con", "Con!", "con 1", "con-1", "page", "Page 1", "page-1", "..", "...", "!!!", "???", "😀", "😀😀", "", " ")))
        .Array[1, 40];

    [Fact]
    public void Distinct_terms_get_distinct_safe_bounded_slugs() =>
        Names.Sample(names =>
        {
            var slugs = new TermSlugs();
            var byTerm = new Dictionary<string, string>(StringComparer.Ordinal);
            var bySlug = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var slug = slugs.Of(name);
                SlugifierProperties.AssertSafe(slug, name);
                Assert.NotEmpty(slug);
                Assert.False(SitePaths.IsReservedSegment(slug), $"'{slug}' (from '{name}') is reserved");
                Assert.True(Slugifier.Length(slug) <= SitePaths.MaxLongPostSlugLength, $"'{slug}' is longer than {SitePaths.MaxLongPostSlugLength} bytes");

                var natural = Slugifier.Slugify(name);
                var term = natural.Length > 0 ? natural : "/" + name;
                Assert.Equal(byTerm.GetValueOrDefault(term, slug), slug);
                byTerm[term] = slug;
                Assert.True(bySlug.TryAdd(slug, term) || bySlug[slug] == term, $"'{name}' and a different term share the slug '{slug}'");
            }
        }, iter: Cases);

    [Fact]
    public void The_same_names_in_the_same_order_get_the_same_slugs() =>
        Names.Sample(names =>
        {
            var first = new TermSlugs();
            var second = new TermSlugs();
            Assert.Equal(names.Select(first.Of).ToList(), names.Select(second.Of).ToList());
            Assert.Equal(names.Select(first.Of).ToList(), names.Select(first.Of).ToList());
        }, iter: Cases);
}
