using StaticCatalog.Posts;

namespace StaticCatalog.Tests.Posts;

[Trait("Category", "Unit")]
public sealed class DateParserTests
{
    [Theory]
    [InlineData("2025-12-01 17:00:00 +00:00", 2025, 12, 1, 17, 0)]
    [InlineData("2025-12-01 17:00:00 +0000", 2025, 12, 1, 17, 0)]
    [InlineData("2025-12-01 19:00:00 +02:00", 2025, 12, 1, 17, 0)]
    [InlineData("2025-12-01", 2025, 12, 1, 0, 0)]
    [InlineData("2025-12-01T17:00:00Z", 2025, 12, 1, 17, 0)]
    [InlineData("2025-12-01T17:00", 2025, 12, 1, 17, 0)]
    [InlineData("Mon, 01 Dec 2025 17:00:00 +00:00", 2025, 12, 1, 17, 0)]
    [InlineData("Mon, 01 Dec 2025 17:00:00 GMT", 2025, 12, 1, 17, 0)]
    [InlineData("Mon, 1 Dec 2025 17:00:00 GMT", 2025, 12, 1, 17, 0)]
    [InlineData("2025-12-01 17:00:00Z", 2025, 12, 1, 17, 0)]
    [InlineData("2025-12-01 17:00", 2025, 12, 1, 17, 0)]
    [InlineData("1 Dec 2025", 2025, 12, 1, 0, 0)]
    [InlineData("01 December 2025", 2025, 12, 1, 0, 0)]
    [InlineData("Dec 1, 2025", 2025, 12, 1, 0, 0)]
    [InlineData("December 1, 2025", 2025, 12, 1, 0, 0)]
    [InlineData("Dec 1, 2025 17:00", 2025, 12, 1, 17, 0)]
    public void Reads_the_common_forms_as_the_same_instant(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.True(DateParser.TryParse(text, out var date));
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero), date.ToUniversalTime());
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("01/12/2025")]
    [InlineData("12/01/2025")]
    [InlineData("Tue, 01 Dec 2025 17:00:00 GMT")]
    [InlineData("1 Dec")]
    [InlineData("Dec 2025")]
    [InlineData("20251201")]
    [InlineData("")]
    public void Refuses_what_is_not_a_date(string text) =>
        Assert.False(DateParser.TryParse(text, out _));

    [Fact]
    public void A_jekyll_file_name_prefix_gives_the_date()
    {
        Assert.True(DateParser.TryParseFileNamePrefix("2024-09-05-Visual-Studio-Code", out var date));
        Assert.Equal(new DateTimeOffset(2024, 9, 5, 0, 0, 0, TimeSpan.Zero), date);
        Assert.False(DateParser.TryParseFileNamePrefix("2024-19-05-not-a-date", out _));
        Assert.False(DateParser.TryParseFileNamePrefix("notes", out _));
        Assert.Equal("Visual-Studio-Code", DateParser.WithoutFileNamePrefix("2024-09-05-Visual-Studio-Code"));
    }
}
