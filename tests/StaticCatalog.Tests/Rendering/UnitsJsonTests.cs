using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using StaticCatalog.Catalog;
using StaticCatalog.Rendering;

namespace StaticCatalog.Tests.Rendering;

/// <summary>The units the limits index carries for its range fields: the C# unit table, whole, in order, and readable by JavaScript.</summary>
[Trait("Category", "Unit")]
public sealed partial class UnitsJsonTests
{
    private static JsonElement Json => JsonDocument.Parse(UnitsJson.Text).RootElement;

    [Fact]
    public void The_units_are_the_unit_table_in_its_order()
    {
        var written = Json.GetProperty("units").EnumerateArray()
            .Select(u => (u[0].GetString()!, u[1].GetString()!, u[2].GetString()!, u[3].GetDecimal()))
            .ToList();

        Assert.Equal(Units.All.Select(u => (u.Written, u.Symbol, u.BaseUnit, u.Factor)), written);
    }

    [Fact]
    public void The_multipliers_are_the_limit_finders()
    {
        var written = Json.GetProperty("multipliers").EnumerateObject().Select(m => (m.Name, m.Value.GetDecimal())).ToList();

        Assert.Equal(Units.Multipliers, written);
        Assert.Contains(("million", 1e6m), written);
        Assert.Contains(("k", 1e3m), written);
    }

    [Fact]
    public void The_json_is_inert_in_a_script_element_and_the_same_on_every_build()
    {
        Assert.DoesNotContain('<', UnitsJson.Text);
        Assert.DoesNotContain('&', UnitsJson.Text);
        Assert.Equal(UnitsJson.Text, UnitsJson.Html.Html);
        // Factors are plain decimals, never 1E-09, so the bytes do not depend on a number formatter's choices.
        Assert.Contains("\"ms\",\"s\",0.001]", UnitsJson.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9][eE][+-]?[0-9]", UnitsJson.Text);
    }

    /// <summary>site.js compiles each spelling with <c>new RegExp</c>: only the syntax both engines read alike.</summary>
    [Fact]
    public void Every_spelling_uses_regex_syntax_that_JavaScript_reads_alike()
    {
        Assert.All(Units.All, unit =>
        {
            Assert.DoesNotMatch(DotNetOnly(), unit.Written);
            _ = new Regex($"^(?:{unit.Written})$", RegexOptions.CultureInvariant);
        });
    }

    [Theory]
    [InlineData("million", "1000000")]
    [InlineData("Million", "1000000")]
    [InlineData("K", "1000")]
    [InlineData("B", "1000000000")]
    [InlineData("m", "1")]
    [InlineData("", "1")]
    public void A_multiplier_word_is_read_in_any_case_and_a_letter_as_written(string written, string factor)
    {
        Assert.Equal(decimal.Parse(factor, CultureInfo.InvariantCulture), Units.Multiplier(written));
    }

    // Named or balancing groups, atomic groups, inline options, conditionals, comments, \p classes, \A \Z \z \G anchors, possessive-like constructs.
    [GeneratedRegex(@"\(\?(?:<[^=!]|'|>|[imnsx-]+[:)]|\(|#)|\\[pPAZzG]")]
    private static partial Regex DotNetOnly();
}
