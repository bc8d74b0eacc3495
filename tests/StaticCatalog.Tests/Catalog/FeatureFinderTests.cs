using StaticCatalog.Catalog;

namespace StaticCatalog.Tests.Catalog;

[Trait("Category", "Unit")]
public sealed class FeatureFinderTests
{
    [Theory]
    [InlineData("Announcing the public preview of StandardV2 NAT Gateway.", "StandardV2 NAT Gateway", ReleaseStatus.Preview)]
    [InlineData("Azure Firewall Basic is now generally available in all regions.", "Azure Firewall Basic", ReleaseStatus.Ga)]
    [InlineData("Basic SKU Public IP will be retired on 30 September 2025.", "Basic SKU Public IP", ReleaseStatus.Retired)]
    [InlineData("Public Preview: Azure Route Server Hub Routing", "Azure Route Server Hub Routing", ReleaseStatus.Preview)]
    public void Announcements_name_the_feature_and_its_status(string sentence, string name, ReleaseStatus status)
    {
        var mention = Assert.Single(FeatureFinder.FindAnnounced(sentence));

        Assert.Equal(name, mention.Name);
        Assert.Equal(status, mention.Status);
    }

    [Theory]
    [InlineData("1. AI-Optimized Network Infrastructure", "AI-Optimized Network Infrastructure")]
    [InlineData("Private Link Direct Connect (preview):", "Private Link Direct Connect")]
    [InlineData(".NET 11", ".NET 11")]
    [InlineData("Claude Sonnet 3.5 in GitHub Copilot: What You Need to Know", "Claude Sonnet 3.5 in GitHub Copilot")]
    public void Names_lose_numbering_status_words_and_subtitles(string text, string expected)
    {
        Assert.Equal(expected, FeatureFinder.Clean(text));
    }

    [Theory]
    [InlineData("Getting Started")]
    [InlineData("Notable Initial Stable Releases")]
    [InlineData("Initial beta releases")]
    [InlineData("Configure Private Link and Endpoints")]
    [InlineData("Step 3")]
    [InlineData("3x")]
    public void Section_labels_and_how_to_steps_are_not_features(string name)
    {
        Assert.True(FeatureFinder.IsGeneric(name));
    }

    [Theory]
    [InlineData("Private Link Direct Connect")]
    [InlineData("ExpressRoute 400G")]
    public void Product_capabilities_are_features(string name)
    {
        Assert.False(FeatureFinder.IsGeneric(name));
    }
}
