using System.Globalization;
using CsCheck;
using StaticCatalog.Catalog;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Properties;

/// <summary>
/// The limit finder never throws on any sentence (huge, tiny, negative and malformed numbers included), and
/// every figure it gives is positive and round-trips through its unit: the normalized value divided by the
/// unit's factor is the value as stated. A curated limit (front matter) of any value and unit is read the
/// same way or reported (SC1012), never thrown.
/// </summary>
[Trait("Category", "Unit")]
public sealed class UnitNormalizationProperties
{
    /// <summary>Cases per property; the four properties of this class run 4 x 4,000 = 16,000 cases.</summary>
    private const int Cases = 4_000;

    private static readonly Dictionary<string, decimal> Factors =
        Units.All.GroupBy(u => u.Symbol).ToDictionary(g => g.Key, g => g.First().Factor, StringComparer.Ordinal);

    private static readonly decimal[] Multipliers = [1m, 1e3m, 1e6m, 1e9m, 1e12m];

    [Fact]
    public void Any_sentence_of_figures_gives_positive_values_that_round_trip_through_their_unit() =>
        LimitSentences.Sentence.Sample(AssertSound, iter: Cases);

    [Fact]
    public void Any_string_gives_sound_figures_or_none() =>
        Gen.String.Sample(AssertSound, iter: Cases);

    [Fact]
    public void A_stated_figure_keeps_the_number_as_written() =>
        LimitSentences.Figure.Sample(figure =>
        {
            var sentence = "The service supports up to " + figure + " per VNet.";
            foreach (var limit in LimitFinder.Find(sentence))
            {
                AssertRoundTrip(limit, sentence);
                var number = limit.Text.Split(' ', '+', '-').Select(Digits).FirstOrDefault(n => n is not null);
                if (number is not null && decimal.TryParse(number.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var written))
                {
                    Assert.True(written > 0 && Multipliers.Contains(limit.Value / written), $"{limit.Value} is not {written} times a multiplier in '{sentence}'");
                }
            }
        }, iter: Cases);

    [Fact]
    public void A_curated_limit_of_any_value_and_unit_is_read_sound_or_reported() =>
        Gen.Select(LimitSentences.Number, Gen.Frequency((4, LimitSentences.Unit), (1, Gen.OneOf("count", "Count", "bogus")))).Sample((value, unit) =>
        {
            var text = $"---\ntitle: T\ndate: 2025-12-01\ncatalog:\n  limits:\n    - metric: throughput\n      value: '{value}'\n      unit: '{unit}'\n---\nBody.\n";
            var result = Parser.Parse(new SourceFile("seeds/post.md", "post.md", text));

            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.Internal);
            Assert.True(result.Post is not null || result.Diagnostics.Any(d => d.Code == DiagnosticCodes.InvalidCatalogBlock && d.Line is >= 6 and <= 8), string.Join("\n", result.Diagnostics));
            foreach (var limit in result.Post?.Catalog.Limits ?? [])
            {
                AssertRoundTrip(limit.Value, limit.Unit, limit.Normalized, limit.BaseUnit, text);
            }
        }, iter: Cases);

    private static readonly PostParser Parser = new(MarkdownPipelineFactory.Create());

    private static void AssertSound(string sentence)
    {
        foreach (var limit in LimitFinder.Find(sentence))
        {
            AssertRoundTrip(limit, sentence);
            Assert.Contains(limit.Text, sentence, StringComparison.Ordinal);
        }
    }

    private static void AssertRoundTrip(LimitMatch limit, string sentence) =>
        AssertRoundTrip(limit.Value, limit.Unit, limit.Normalized, limit.BaseUnit, sentence);

    /// <summary>The value is positive, and its normalized value divided by its unit's factor gives it back (to 12 significant digits).</summary>
    internal static void AssertRoundTrip(decimal value, string unit, decimal normalized, string baseUnit, string context)
    {
        Assert.True(value > 0 && normalized > 0, $"not positive: {value} {unit} ({normalized} {baseUnit}) in '{context}'");
        var factor = unit == "count" ? 1m : Factors[unit];
        var back = normalized / factor;
        Assert.True(Math.Abs(back - value) <= value / 1_000_000_000_000m, $"{normalized} {baseUnit} is {back} {unit}, not {value}, in '{context}'");
    }

    /// <summary>The leading run of digits, commas and points of a word, or null.</summary>
    private static string? Digits(string word)
    {
        var length = 0;
        while (length < word.Length && (char.IsAsciiDigit(word[length]) || word[length] is ',' or '.'))
        {
            length++;
        }

        return length > 0 && char.IsAsciiDigit(word[0]) ? word[..length].TrimEnd(',', '.') : null;
    }
}
