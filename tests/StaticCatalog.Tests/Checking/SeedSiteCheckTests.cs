using StaticCatalog.Checking;

namespace StaticCatalog.Tests.Checking;

/// <summary><c>staticcatalog check</c> on the repository's seed, built with the repository's theme, at a domain root and under a project path.</summary>
[Trait("Category", "Program")]
public sealed class SeedSiteCheckTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("https://user.github.io/my-repo/", "/my-repo/")]
    [InlineData("/my-repo/", "/my-repo/")]
    [InlineData(null, "/")]
    public void The_seed_site_passes_the_whole_check(string? baseUrl, string basePath)
    {
        var output = _folder.Combine("site");
        var build = TestSite.BuildWithRepositoryTheme(RepoPaths.Seeds, output, baseUrl);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));

        var result = SiteChecker.Check(output);

        Assert.Equal(basePath, result.SiteUrl.BasePath);
        Assert.Equal(Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Length, result.PagesChecked);
        Assert.Equal(new[] { "atom.xml", "changes.xml" }.Sum(feed => Directory.GetFiles(output, feed, SearchOption.AllDirectories).Length), result.FeedsChecked);
        Assert.True(result.LinksChecked > 1000, $"{result.LinksChecked} links checked");
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
    }
}
