using StaticCatalog.Checking;
using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Checking;

/// <summary>How links resolve on a site under <c>https://user.github.io/my-repo/</c>, from its post page.</summary>
[Trait("Category", "Unit")]
public sealed class SiteLinkResolverTests : IDisposable
{
    private const string Page = "/my-repo/posts/2025/12/hello/index.html";

    private readonly HandMadeSite _site = new();
    private readonly SiteLinkResolver _resolver;

    public SiteLinkResolverTests()
    {
        _resolver = new SiteLinkResolver(SiteUrl.TryParse(HandMadeSite.BaseUrl, out _)!, SiteFiles.Scan(_site.Directory));
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("/my-repo/posts/2025/12/hello/", "posts/2025/12/hello/index.html")]
    [InlineData("https://user.github.io/my-repo/posts/", "posts/index.html")]
    [InlineData("HTTP://USER.GITHUB.IO/my-repo/", "index.html")]
    [InlineData("//user.github.io/my-repo/feed.xml", "feed.xml")]
    [InlineData("/my-repo", "index.html")]
    [InlineData("/my-repo/posts", "posts/index.html")]
    [InlineData("../../../../", "index.html")]
    [InlineData("../../..", "posts/index.html")]
    [InlineData("./", "posts/2025/12/hello/index.html")]
    [InlineData("", "posts/2025/12/hello/index.html")]
    [InlineData("?page=2#limits", "posts/2025/12/hello/index.html")]
    [InlineData("../../../../assets/logo%402x.png", "assets/logo@2x.png")]
    [InlineData(" ../../../../feed.xml\n", "feed.xml")]
    public void Internal_links_lead_to_the_file_that_serves_them(string link, string file)
    {
        var resolved = _resolver.Resolve(link, Page);

        Assert.Equal(LinkTargetKind.Found, resolved.Kind);
        Assert.Equal(file, resolved.File);
    }

    [Theory]
    [InlineData("https://example.com/my-repo/")]
    [InlineData("https://user.github.io/another-repo/")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("data:image/png;base64,iVBORw0KGgo=")]
    [InlineData("javascript:void(0)")]
    [InlineData("tel:+15550100")]
    public void Other_sites_and_schemes_are_external(string link) =>
        Assert.Equal(LinkTargetKind.External, _resolver.Resolve(link, Page).Kind);

    [Theory]
    [InlineData("/posts/2025/12/hello/")]
    [InlineData("../../../../../")]
    [InlineData("/my-repository/")]
    public void Links_that_leave_the_base_path_are_outside_it(string link) =>
        Assert.Equal(LinkTargetKind.OutsideBasePath, _resolver.Resolve(link, Page).Kind);

    [Fact]
    public void Fragments_are_decoded_and_a_missing_target_is_missing()
    {
        var resolved = _resolver.Resolve("../hello/#caf%C3%A9", Page);
        Assert.Equal("café", resolved.Fragment);

        var missing = _resolver.Resolve("../goodbye/#x", Page);
        Assert.Equal(LinkTargetKind.Missing, missing.Kind);
        Assert.Equal("/my-repo/posts/2025/12/goodbye/", missing.Path);
    }

    [Fact]
    public void A_base_outside_the_site_makes_relative_links_external_but_not_absolute_ones()
    {
        var outside = _resolver.ResolveBase("https://example.com/", Page);

        Assert.Null(outside);
        Assert.Equal(LinkTargetKind.External, _resolver.Resolve("posts/", outside).Kind);
        Assert.Equal(LinkTargetKind.Found, _resolver.Resolve("https://user.github.io/my-repo/posts/", outside).Kind);
        Assert.Null(_resolver.ResolveBase("https://user.github.io/another-repo/", Page));
        Assert.Equal("/my-repo/posts/", _resolver.ResolveBase("/my-repo/posts/?x#y", Page));
    }

    [Theory]
    [InlineData("/a/b/../c/./d", "/a/c/d")]
    [InlineData("/a/b/..", "/a/")]
    [InlineData("/a/.", "/a/")]
    [InlineData("/../../a", "/a")]
    [InlineData("/a/.hidden/b", "/a/.hidden/b")]
    public void Dot_segments_are_removed_as_rfc_3986_says(string path, string expected) =>
        Assert.Equal(expected, SiteLinkResolver.RemoveDotSegments(path));
}
