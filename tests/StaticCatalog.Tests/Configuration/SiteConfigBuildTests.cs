using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Configuration;

/// <summary>A bad setting in <c>site.yml</c> as the build reports it.</summary>
[Trait("Category", "Program")]
public sealed class SiteConfigBuildTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_bad_base_url_in_site_yml_fails_the_build()
    {
        using var site = new TestSite();
        site.Seed("2025-12-01-a.md", TestSite.Post("A"));
        site.InputDirectory = _folder.Path;
        _folder.Write("site.yml", "base_url: my-repo\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidConfig, error.Code);
        Assert.Contains("my-repo", error.Message);
        Assert.False(result.OutputWritten);
    }

    public void Dispose() => _folder.Dispose();
}
