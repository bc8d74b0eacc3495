using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Urls;

[Trait("Category", "Unit")]
public sealed class SitePathsTests
{
    [Fact]
    public void A_post_lives_under_its_year_and_month()
    {
        var date = new DateTimeOffset(2025, 12, 1, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal("posts/2025/12/azure-networking-latest-updates/", SitePaths.Post(date, "azure-networking-latest-updates"));
    }

    [Fact]
    public void The_first_page_of_a_list_is_the_folder_and_later_pages_are_numbered()
    {
        Assert.Equal("tags/aks/", SitePaths.Paged("tags/aks/", 1));
        Assert.Equal("tags/aks/page/3/", SitePaths.Paged("tags/aks/", 3));
    }

    [Theory]
    [InlineData("", "index.html")]
    [InlineData("tags/", "tags/index.html")]
    [InlineData("assets/css/site.css", "assets/css/site.css")]
    public void A_folder_path_is_written_as_its_index_file(string sitePath, string file) =>
        Assert.Equal(file, SitePaths.FileOf(sitePath));
}
