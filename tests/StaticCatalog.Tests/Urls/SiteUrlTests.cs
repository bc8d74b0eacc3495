using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Urls;

[Trait("Category", "Unit")]
public sealed class SiteUrlTests
{
    [Theory]
    [InlineData("/", "/", null)]
    [InlineData("", "/", null)]
    [InlineData("/my-repo", "/my-repo/", null)]
    [InlineData("/my-repo/", "/my-repo/", null)]
    [InlineData("https://user.github.io/my-repo/", "/my-repo/", "https://user.github.io/my-repo/")]
    [InlineData("https://user.github.io/my-repo", "/my-repo/", "https://user.github.io/my-repo/")]
    [InlineData("https://catalog.example.com", "/", "https://catalog.example.com/")]
    public void Reads_a_base_path_or_an_absolute_base_url(string value, string basePath, string? absoluteRoot)
    {
        var url = SiteUrl.TryParse(value, out var error);

        Assert.NotNull(url);
        Assert.Null(error);
        Assert.Equal(basePath, url.BasePath);
        Assert.Equal(absoluteRoot, url.AbsoluteRoot);
    }

    [Theory]
    [InlineData("my-repo")]
    [InlineData("ftp://example.com/")]
    [InlineData("https://example.com/?x=1")]
    [InlineData("//example.com/")]
    public void Refuses_what_is_not_a_site_root(string value)
    {
        Assert.Null(SiteUrl.TryParse(value, out var error));
        Assert.Contains(value, error);
    }

    [Fact]
    public void Links_and_canonical_urls_carry_the_project_path()
    {
        var url = SiteUrl.TryParse("https://user.github.io/my-repo/", out _)!;

        Assert.Equal("/my-repo/tags/aks/", url.Link("tags/aks/"));
        Assert.Equal("/my-repo/", url.Link(SitePaths.Home));
        Assert.Equal("https://user.github.io/my-repo/tags/aks/", url.Absolute("tags/aks/"));
    }
}
