using StaticCatalog.Catalog.Dates;

namespace StaticCatalog.Tests.Catalog.Dates;

/// <summary>The date a plan or a retirement is due, as posts write it; each expected day is worked out by hand from the words and the post's date.</summary>
[Trait("Category", "Unit")]
public sealed class TargetDateFinderTests
{
    private static readonly DateOnly Posted = new(2025, 11, 18);

    [Theory]
    [InlineData("Azure Data Studio will be retired on February 28, 2026.", "2026-02-28", TargetPrecision.Day)]
    [InlineData("Support ends 30 September 2026 for the classic SKU.", "2026-09-30", TargetPrecision.Day)]
    [InlineData("GPT-4o | 2026-01-15 | GPT-4.1", "2026-01-15", TargetPrecision.Day)]
    [InlineData("Azure Data Studio: Announced retirement (Feb 2026).", "2026-02-28", TargetPrecision.Month)]
    [InlineData("Multi-terabit connections go live in 2026.", "2026-12-31", TargetPrecision.Year)]
    [InlineData("General availability is planned for Q3 2026.", "2026-09-30", TargetPrecision.Quarter)]
    [InlineData("Expected in the second quarter of 2026.", "2026-06-30", TargetPrecision.Quarter)]
    [InlineData("Rolling out in H1 2026.", "2026-06-30", TargetPrecision.Half)]
    [InlineData("Coming in early 2026.", "2026-04-30", TargetPrecision.Quarter)]
    [InlineData("More regions are coming later this year.", "2025-12-31", TargetPrecision.Year)]
    [InlineData("The SDK reaches preview next year.", "2026-12-31", TargetPrecision.Year)]
    [InlineData("Self-serve onboarding arrives next month.", "2025-12-31", TargetPrecision.Month)]
    [InlineData("(Generally available in April.)", "2026-04-30", TargetPrecision.Month)]
    [InlineData("(Preview March 26.)", "2026-03-26", TargetPrecision.Day)]
    [InlineData("The preview opens December 2.", "2025-12-02", TargetPrecision.Day)]
    public void A_date_written_in_the_text_gives_the_last_day_of_its_period(string text, string expected, TargetPrecision precision)
    {
        var target = TargetDateFinder.Find([text], Posted, mayBePast: false);

        Assert.NotNull(target);
        Assert.Equal((DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), precision), (target.Date, target.Precision));
    }

    [Theory]
    [InlineData("Visual Studio 2026 brings agent mode to every developer.")]
    [InlineData("Announced at Microsoft Ignite 2025 in San Francisco.")]
    [InlineData("You may want to read the docs first.")]
    [InlineData("Upgrade to .NET 10 and C# 14 for the new features.")]
    [InlineData("Up to 2026 requests per second per instance.")]
    [InlineData("The feature will arrive soon.")]
    public void Words_that_only_look_like_dates_give_none(string text) =>
        Assert.Null(TargetDateFinder.Find([text], Posted, mayBePast: false));

    [Fact]
    public void A_plan_is_never_due_before_its_post_but_a_retirement_may_have_happened()
    {
        const string Text = "The old API was switched off on June 1, 2025.";

        Assert.Null(TargetDateFinder.Find([Text], Posted, mayBePast: false));
        Assert.Equal(new DateOnly(2025, 6, 1), TargetDateFinder.Find([Text], Posted, mayBePast: true)?.Date);
    }

    [Fact]
    public void The_evidence_is_read_before_the_text_around_it_and_the_first_date_in_a_text_wins()
    {
        var target = TargetDateFinder.Find(["Basic SKU retirement", "Deprecation begins June 1, 2026; full removal on January 1, 2027."], Posted, mayBePast: true);

        Assert.Equal(("June 1, 2026", new DateOnly(2026, 6, 1)), (target?.Text, target?.Date));
    }
}
