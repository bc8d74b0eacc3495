using StaticCatalog.Catalog.Limits;

namespace StaticCatalog.Tests.Catalog.Limits;

[Trait("Category", "Unit")]
public sealed class SubjectNamesTests
{
    [Theory]
    [InlineData("Key Features of Maia 200", "Maia 200")]
    [InlineData("DCesv6 and DCedsv6", "DCesv6 and DCedsv6")]
    [InlineData("AI WAN", "AI WAN")]
    [InlineData("VibeVoice", "VibeVoice")]
    [InlineData("Fairwater", "Fairwater")]
    [InlineData("Support for Parquet files", "Parquet")]
    public void A_marked_name_is_a_product(string name, string product)
    {
        Assert.Equal(product, SubjectNames.ProductIn(name));
    }

    [Theory]
    [InlineData("Key highlights")]
    [InlineData("Platform Support")]
    [InlineData("Payload size")]
    [InlineData("Maximum Compute Density")]
    [InlineData("AI-Optimized Network Infrastructure")]
    [InlineData("June 2025 Enhancement")]
    [InlineData("Option 3")]
    [InlineData("Up to 128 TB storage")]
    [InlineData("Compatibility")]
    public void A_label_is_no_product(string name)
    {
        Assert.Null(SubjectNames.ProductIn(name));
    }

    [Theory]
    [InlineData("Scheduled Events", true)]
    [InlineData("Fast Transcription", true)]
    [InlineData("Grace Period", false)]
    [InlineData("Memory and Bandwidth", false)]
    public void A_capitalized_lead_without_label_words_is_a_name(string lead, bool expected)
    {
        Assert.Equal(expected, SubjectNames.IsCapitalizedName(lead));
    }
}
