using StaticCatalog.Checking;

namespace StaticCatalog.Tests.Checking;

[Trait("Category", "Unit")]
public sealed class XmlDatesTests
{
    [Theory]
    [InlineData("2025-12-01T17:00:00Z", true)]
    [InlineData("2025-12-01T17:00:00.123+01:00", true)]
    [InlineData("2024-02-29T00:00:00-05:30", true)]
    [InlineData("2025-02-29T00:00:00Z", false)]
    [InlineData("2025-12-01t17:00:00z", false)]
    [InlineData("2025-12-01T17:00:00", false)]
    [InlineData("2025-12-01", false)]
    [InlineData("2025-12-01T24:00:00Z", false)]
    [InlineData("Mon, 01 Dec 2025 17:00:00 GMT", false)]
    public void Atom_dates_are_rfc_3339_date_times(string text, bool valid) =>
        Assert.Equal(valid, XmlDates.IsRfc3339(text));

    [Theory]
    [InlineData("2025", true)]
    [InlineData("2025-12", true)]
    [InlineData("2025-12-01", true)]
    [InlineData("2025-12-01T17:00Z", true)]
    [InlineData("2025-12-01T17:00:00+00:00", true)]
    [InlineData("2025-12-01T17:00:00.5Z", true)]
    [InlineData("2025-13-01", false)]
    [InlineData("2025-12-01T17:00", false)]
    [InlineData("01/12/2025", false)]
    public void Sitemap_dates_are_w3c_datetimes(string text, bool valid) =>
        Assert.Equal(valid, XmlDates.IsW3cDatetime(text));
}
