using System.Globalization;
using System.Text.RegularExpressions;
using StaticCatalog.Markdown.Highlighting;

namespace StaticCatalog.Tests.Rendering;

/// <summary>
/// The token colours of <c>themes/default/assets/css/code.css</c> are readable: WCAG AA (4.5:1) against the code
/// background, in the light scheme and in the dark one, however the dark one is chosen (system or toggle).
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class CodeCssContrastTests
{
    private const double MinimumContrast = 4.5;

    private static readonly string Css = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "css", "code.css"));

    private static IReadOnlyDictionary<string, string> Light => Properties(Block(@"(?<![\w\]\)]\s*):root\s*\{"));

    private static IReadOnlyDictionary<string, string> DarkBySystem =>
        Properties(Block(@"@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root:not\(\[data-theme=""light""\]\)\s*\{"));

    private static IReadOnlyDictionary<string, string> DarkByToggle => Properties(Block(@":root\[data-theme=""dark""\]\s*\{"));

    public static TheoryData<string> Schemes => new() { "light", "dark (system)", "dark (toggle)" };

    private static IReadOnlyDictionary<string, string> Scheme(string name) => name switch
    {
        "light" => Light,
        "dark (system)" => DarkBySystem,
        _ => DarkByToggle,
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Every_token_colour_has_AA_contrast_against_the_code_background(string scheme)
    {
        var colours = Scheme(scheme);
        var background = colours["--tok-bg"];
        var tooLow = new List<string>();
        foreach (var property in TokenClasses.All.Select(c => "--" + c).Append("--tok-fg"))
        {
            Assert.True(colours.ContainsKey(property), $"{scheme}: {property} is not defined");
            var ratio = Wcag.ContrastRatio(colours[property], background);
            if (ratio < MinimumContrast)
            {
                tooLow.Add($"{property} {colours[property]} on {background}: {ratio:F2}:1");
            }
        }

        Assert.True(tooLow.Count == 0, $"{scheme}: below {MinimumContrast}:1: " + string.Join("; ", tooLow));
    }

    [Fact]
    public void The_dark_scheme_is_the_same_whether_the_system_or_the_toggle_chooses_it()
    {
        Assert.Equal(DarkByToggle.OrderBy(p => p.Key), DarkBySystem.OrderBy(p => p.Key));
        Assert.Equal(Light.Keys.Order(), DarkByToggle.Keys.Order());
        Assert.NotEqual(Light["--tok-bg"], DarkByToggle["--tok-bg"]);
    }

    [Fact]
    public void Every_token_class_takes_its_colour_from_its_property_and_none_is_hard_coded()
    {
        foreach (var cssClass in TokenClasses.All)
        {
            Assert.Matches(new Regex(@"\." + cssClass + @"\s*\{[^}]*color:\s*var\(--" + cssClass + @"\)"), Css);
        }

        var outsideProperties = PropertyDeclaration().Replace(Css, string.Empty);
        Assert.DoesNotMatch(HexColour(), outsideProperties);
    }

    [Fact]
    public void The_contrast_helper_gives_the_known_ratios()
    {
        Assert.Equal(21.0, Wcag.ContrastRatio("#000000", "#ffffff"), 2);
        Assert.Equal(1.0, Wcag.ContrastRatio("#777777", "#777"), 2);
        Assert.Equal(4.48, Wcag.ContrastRatio("#777777", "#ffffff"), 2);
    }

    /// <summary>The declarations of the first rule whose opening matches <paramref name="opening"/>, up to its closing brace.</summary>
    private static string Block(string opening)
    {
        var match = new Regex(opening).Match(Css);
        Assert.True(match.Success, $"code.css has no rule opening with /{opening}/");
        var end = Css.IndexOf('}', match.Index + match.Length);
        return Css[(match.Index + match.Length)..end];
    }

    private static IReadOnlyDictionary<string, string> Properties(string block) =>
        PropertyDeclaration().Matches(block).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());

    [GeneratedRegex(@"(--[\w-]+)\s*:\s*([^;]+);")]
    private static partial Regex PropertyDeclaration();

    [GeneratedRegex(@"#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(")]
    private static partial Regex HexColour();

    /// <summary>WCAG 2 relative luminance and contrast ratio of sRGB colours written <c>#rgb</c> or <c>#rrggbb</c>.</summary>
    private static class Wcag
    {
        public static double ContrastRatio(string foreground, string background)
        {
            var (lighter, darker) = (Luminance(foreground), Luminance(background)) is var (a, b) && a >= b ? (a, b) : (b, a);
            return (lighter + 0.05) / (darker + 0.05);
        }

        public static double Luminance(string colour)
        {
            var hex = colour.TrimStart('#');
            if (hex.Length == 3)
            {
                hex = string.Concat(hex.Select(c => new string(c, 2)));
            }

            Assert.True(hex.Length == 6, $"not a #rgb or #rrggbb colour: {colour}");
            double Channel(int index)
            {
                var value = int.Parse(hex.AsSpan(index, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
            }

            return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
        }
    }
}
