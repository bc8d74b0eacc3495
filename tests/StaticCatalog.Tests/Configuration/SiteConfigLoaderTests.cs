using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Configuration;

[Trait("Category", "Unit")]
public sealed class SiteConfigLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private (SiteConfig Config, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        _folder.Write("site.yml", yaml);
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(_folder.Path, diagnostics);
        return (config, diagnostics.ToSortedList());
    }

    [Fact]
    public void Reads_every_setting()
    {
        var (config, diagnostics) = Load("title: Cloud Updates\ndescription: What shipped\nbase_url: /updates/\nlanguage: en-GB\npage_size: 5\nhome_post_count: 3\nhome_tag_count: 7\nsection_titles:\n  ai: AI\n");

        Assert.Empty(diagnostics);
        Assert.Equal("AI", config.SectionTitles["ai"]);
        Assert.Equal(new SiteConfig
        {
            Title = "Cloud Updates",
            Description = "What shipped",
            BaseUrl = "/updates/",
            Language = "en-GB",
            PageSize = 5,
            HomePostCount = 3,
            HomeTagCount = 7,
            SectionTitles = config.SectionTitles,
        }, config);
    }

    [Fact]
    public void A_missing_file_means_the_defaults()
    {
        Assert.Equal(new SiteConfig(), SiteConfigLoader.Load(_folder.Combine("nowhere"), new DiagnosticBag()));
    }

    [Fact]
    public void A_misspelt_key_is_an_error_at_its_line()
    {
        var (_, diagnostics) = Load("title: X\npage_sise: 5\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidConfig, error.Code);
        Assert.Equal(2, error.Line);
        Assert.Contains("page_sise", error.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_an_error()
    {
        var (_, diagnostics) = Load("page_size: twenty\n");

        Assert.Equal(DiagnosticCodes.InvalidConfig, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_page_size_below_one_is_an_error()
    {
        var (config, diagnostics) = Load("page_size: 0\n");

        Assert.Equal(DiagnosticCodes.InvalidConfig, Assert.Single(diagnostics).Code);
        Assert.Equal(20, config.PageSize);
    }

    [Fact]
    public void Feed_entries_is_read_and_must_be_at_least_one()
    {
        Assert.Equal(7, Load("feed_entries: 7\n").Config.FeedEntries);
        var (config, diagnostics) = Load("feed_entries: 0\n");

        Assert.Equal(DiagnosticCodes.InvalidConfig, Assert.Single(diagnostics).Code);
        Assert.Equal(20, config.FeedEntries);
    }

    [Fact]
    public void Tag_feed_min_posts_defaults_to_five_and_below_one_is_an_error_at_its_line()
    {
        Assert.Equal(5, new SiteConfig().TagFeedMinPosts);
        Assert.Equal(1, Load("tag_feed_min_posts: 1\n").Config.TagFeedMinPosts);
        var (config, diagnostics) = Load("title: X\ntag_feed_min_posts: 0\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidConfig, error.Code);
        Assert.Equal((2, 21), (error.Line, error.Column));
        Assert.Contains("tag_feed_min_posts", error.Message);
        Assert.Equal(5, config.TagFeedMinPosts);
    }

    [Fact]
    public void Catalog_min_confidence_is_read_and_defaults_to_one_half()
    {
        Assert.Equal(0.5, new SiteConfig().CatalogMinConfidence);
        Assert.Equal(0.75, Load("catalog_min_confidence: 0.75\n").Config.CatalogMinConfidence);
        Assert.Equal(0, Load("catalog_min_confidence: 0\n").Config.CatalogMinConfidence);
        Assert.Equal(1, Load("catalog_min_confidence: 1\n").Config.CatalogMinConfidence);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("high")]
    public void Catalog_min_confidence_outside_0_to_1_is_an_error_at_its_value(string value)
    {
        var (config, diagnostics) = Load($"title: X\ncatalog_min_confidence: {value}\n");

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidConfig, error.Code);
        Assert.Equal((2, 25), (error.Line, error.Column));
        Assert.EndsWith("site.yml", error.Path);
        Assert.Contains($"catalog_min_confidence must be a number from 0 to 1", error.Message);
        Assert.Contains($"not '{value}'", error.Message);
        Assert.Equal(0.5, config.CatalogMinConfidence);
        Assert.Equal("X", config.Title);
    }

    public void Dispose() => _folder.Dispose();
}
