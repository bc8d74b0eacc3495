using StaticCatalog.Catalog;

namespace StaticCatalog.Tests.Catalog;

[Trait("Category", "Unit")]
public sealed class StatusCuesTests
{
    [Theory]
    [InlineData("Private Link Direct Connect is now in public preview.", ReleaseStatus.Preview)]
    [InlineData("Extends connectivity to any private IP address (preview).", ReleaseStatus.Preview)]
    [InlineData("Announcing the private preview of the new SKU.", ReleaseStatus.Preview)]
    [InlineData("Microsoft launches the public preview of X.", ReleaseStatus.Preview)]
    [InlineData("GA for 3x faster VPN connectivity.", ReleaseStatus.Ga)]
    [InlineData("Azure Firewall Basic is now generally available.", ReleaseStatus.Ga)]
    [InlineData("The feature is now available in all regions.", ReleaseStatus.Ga)]
    [InlineData("The GitHub app for Slack now allows direct collaboration with GitHub Copilot.", ReleaseStatus.Ga)]
    [InlineData("The dashboard now lets admins export usage.", ReleaseStatus.Ga)]
    [InlineData("X moves from preview to general availability.", ReleaseStatus.Ga)]
    [InlineData("Multi-terabit connections go live in 2026.", ReleaseStatus.Planned)]
    [InlineData("Support for IPv6 is coming soon.", ReleaseStatus.Planned)]
    [InlineData("The SKU will be generally available later this year.", ReleaseStatus.Planned)]
    [InlineData("Basic SKU public IPs will be retired on 30 September 2025.", ReleaseStatus.Retired)]
    [InlineData("These models are deprecated.", ReleaseStatus.Retired)]
    [InlineData("End of support for TLS 1.0.", ReleaseStatus.Retired)]
    [InlineData("Upcoming deprecation of select models.", ReleaseStatus.Retired)]
    public void The_first_cue_gives_the_status(string text, ReleaseStatus expected)
    {
        Assert.Equal(expected, StatusCues.First(text)?.Status);
    }

    [Theory]
    [InlineData("Zone redundancy improves resilience.")]
    [InlineData("Read the GAAP report.")]
    public void Text_without_a_cue_has_no_status(string text)
    {
        Assert.Null(StatusCues.First(text));
    }

    [Theory]
    [InlineData("What's next", ReleaseStatus.Planned)]
    [InlineData("What’s coming in 2026", ReleaseStatus.Planned)]
    [InlineData("Looking ahead", ReleaseStatus.Planned)]
    [InlineData("Initial beta releases", ReleaseStatus.Preview)]
    public void A_heading_that_looks_ahead_makes_its_items_planned(string heading, ReleaseStatus expected)
    {
        Assert.Equal(expected, StatusCues.InHeading(heading)?.Status);
        Assert.Null(StatusCues.First("Read what's next for you."));
    }

    [Fact]
    public void Weak_wording_is_no_strong_cue()
    {
        Assert.Null(StatusCues.FirstStrong("Contoso is now available."));
        Assert.Equal(ReleaseStatus.Preview, StatusCues.FirstStrong("Now available in public preview.")?.Status);
    }
}
