using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Features;

namespace StaticCatalog.Tests.Catalog.Features;

[Trait("Category", "Unit")]
public sealed class RoundupStatusTests
{
    private static readonly DateTimeOffset March20 = new(2026, 3, 20, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("(Generally available March 31.)", ReleaseStatus.Planned)]
    [InlineData("(GA May 1)", ReleaseStatus.Planned)]
    [InlineData("(Preview in April.)", ReleaseStatus.Planned)]
    [InlineData("(Generally available in February.)", ReleaseStatus.Ga)]
    [InlineData("(GA March 5)", ReleaseStatus.Ga)]
    [InlineData("(Generally available now.)", ReleaseStatus.Ga)]
    [InlineData("(Preview.)", ReleaseStatus.Preview)]
    [InlineData("GA with Marketplace listing", ReleaseStatus.Ga)]
    [InlineData("Coming soon", ReleaseStatus.Planned)]
    public void A_status_with_a_later_date_is_planned(string text, ReleaseStatus expected) =>
        Assert.Equal(expected, RoundupStatus.Of(text, March20)?.Status);

    [Fact]
    public void A_month_more_than_half_a_year_before_the_posts_is_next_year() =>
        Assert.Equal(ReleaseStatus.Planned, RoundupStatus.Of("(Generally available in February.)", new DateTimeOffset(2025, 11, 18, 0, 0, 0, TimeSpan.Zero))?.Status);

    [Fact]
    public void Without_a_cue_there_is_no_status() => Assert.Null(RoundupStatus.Of("A score for each circuit.", March20));
}
