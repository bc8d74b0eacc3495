using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Urls;

[Trait("Category", "Unit")]
public sealed class SlugifierTests
{
    [Theory]
    [InlineData("Azure ExpressRoute", "azure-expressroute")]
    [InlineData("  NAT Gateway V2  ", "nat-gateway-v2")]
    [InlineData("What's New: AI/ML", "whats-new-ai-ml")]
    [InlineData("Café déjà vu", "cafe-deja-vu")]
    [InlineData("C#", "csharp")]
    [InlineData("F# and C++", "fsharp-and-cplusplus")]
    [InlineData(".NET", "dotnet")]
    [InlineData(".NET SDK", "dotnet-sdk")]
    [InlineData("GitHub Copilot", "github-copilot")]
    [InlineData("a -- b __ c", "a-b-c")]
    [InlineData("Straße Ærø", "strasse-aero")]
    [InlineData("日本語", "日本語")]
    [InlineData("Новые возможности", "новые-возможности")]
    [InlineData("ΑΘΗΝΑ 2025", "αθηνα-2025")]
    [InlineData("../../etc", "etc")]
    [InlineData("..", "")]
    public void Slugs_are_lowercase_words_joined_by_single_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slugifier.Slugify(text));

    [Fact]
    public void A_long_title_is_cut_at_a_word_boundary_without_a_dangling_stop_word()
    {
        var slug = Slugifier.SlugifyShort("Azure Networking: Latest Updates for Security, Reliability, and AI/ML Workloads", 40);

        Assert.Equal("azure-networking-latest-updates", slug);
    }

    [Fact]
    public void A_short_title_is_kept_whole()
    {
        Assert.Equal("announcing-typescript-5-7", Slugifier.SlugifyShort("Announcing TypeScript 5.7", 40));
    }

    [Fact]
    public void A_single_overlong_word_is_cut_hard()
    {
        var slug = Slugifier.SlugifyShort(new string('a', 60), 40);

        Assert.Equal(40, slug.Length);
    }

    [Fact]
    public void Names_that_differ_only_in_case_and_punctuation_share_a_slug()
    {
        Assert.Equal(Slugifier.Slugify("GitHub Copilot"), Slugifier.Slugify("Github  copilot!"));
        Assert.NotEqual(Slugifier.Slugify("C#"), Slugifier.Slugify("C"));
    }
}
