using System.Globalization;
using System.Text;
using CsCheck;
using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Properties;

/// <summary>
/// Whatever the text, a slug is a safe folder name: only letters, marks, digits and single hyphens (never a
/// path separator, a dot, a control character or white space), no hyphen at either end, bounded in length,
/// the same in every Unicode normal form, its own slug (slugifying twice changes nothing), and never a reserved name once <see cref="SitePaths.SafeSegment"/> has seen it.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SlugifierProperties
{
    /// <summary>Cases per property; the four properties of this class run 4 x 3,000 = 12,000 cases.</summary>
    private const int Cases = 3_000;

    [Fact]
    public void A_slug_holds_only_letters_marks_digits_and_inner_single_hyphens() =>
        HostileNames.Name.Sample(name => AssertSafe(Slugifier.Slugify(name), name), iter: Cases);

    [Fact]
    public void A_short_slug_is_cut_to_its_limit_at_a_word_or_letter_boundary() =>
        Gen.Select(Gen.Frequency((1, HostileNames.Name), (2, HostileNames.LongTitle)), Gen.Int[1, 120]).Sample((title, limit) =>
        {
            var full = Slugifier.Slugify(title);
            var slug = Slugifier.SlugifyShort(title, limit);

            AssertSafe(slug, title);
            Assert.True(Encoding.UTF8.GetByteCount(slug) <= limit, $"'{slug}' is longer than {limit} bytes");
            Assert.StartsWith(slug, full, StringComparison.Ordinal);
            Assert.True(slug.Length == full.Length || full[slug.Length] == '-' || !slug.Contains('-', StringComparison.Ordinal),
                $"'{slug}' cuts a word of '{full}' though it has a boundary before the limit");
            Assert.True(slug.Length == full.Length || StringInfo.ParseCombiningCharacters(full).Contains(slug.Length),
                $"'{slug}' splits a letter of '{full}'");
        }, iter: Cases);

    [Fact]
    public void The_same_text_gives_the_same_slug_in_any_unicode_normal_form_and_a_slug_is_its_own_slug() =>
        HostileNames.Name.Sample(name =>
        {
            var slug = Slugifier.Slugify(name);

            Assert.Equal(slug, Slugifier.Slugify(name.Normalize(NormalizationForm.FormD)));
            Assert.True(slug == Slugifier.Slugify(slug), $"'{slug}' (from '{name}') slugifies again to '{Slugifier.Slugify(slug)}'");
        }, iter: Cases);

    [Fact]
    public void A_safe_segment_is_never_a_windows_device_name_or_a_folder_of_the_site() =>
        Gen.Select(Gen.OneOf("con", "prn", "aux", "nul", "com1", "com5", "com9", "lpt1", "lpt9", "page", "cOn", "NUL"), Gen.OneOf("", ".txt", ".tar.gz", "-x", "1"), HostileNames.Name)
            .Sample((device, suffix, other) =>
            {
                foreach (var name in new[] { device + suffix, other })
                {
                    var segment = SitePaths.SafeSegment(Slugifier.Slugify(name));
                    var stem = segment.Split('.')[0].ToUpperInvariant();
                    Assert.False(stem is "CON" or "PRN" or "AUX" or "NUL" || (stem.Length == 4 && stem[..3] is "COM" or "LPT" && stem[3] is >= '1' and <= '9'),
                        $"'{segment}' (from '{name}') is a Windows device name");
                    Assert.NotEqual(SitePaths.PageFolder, segment);
                    Assert.Equal(segment, SitePaths.SafeSegment(Slugifier.Slugify(name)));
                }
            }, iter: Cases);

    /// <summary>Only letters, combining marks, decimal digits and single hyphens between them.</summary>
    internal static void AssertSafe(string slug, string from)
    {
        var message = $"unsafe slug '{slug}' from '{from}'";
        Assert.False(slug.StartsWith('-') || slug.EndsWith('-') || slug.Contains("--", StringComparison.Ordinal), message);
        Assert.False(slug is "." or ".." || slug.Contains('.', StringComparison.Ordinal) || slug.Contains('/', StringComparison.Ordinal) || slug.Contains('\\', StringComparison.Ordinal), message);
        Assert.Equal(slug, slug.Normalize(NormalizationForm.FormC));
        foreach (var rune in slug.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            Assert.True(rune.Value == '-' || Rune.IsLetter(rune) || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark,
                $"{message}: U+{rune.Value:X4} ({category})");
        }

        Assert.Equal(slug.ToLowerInvariant(), slug);
    }
}
