using StaticCatalog.Checking;

namespace StaticCatalog.Tests.Checking;

[Trait("Category", "Unit")]
public sealed class SrcsetUrlsTests
{
    [Theory]
    [InlineData("a.png", new[] { "a.png" })]
    [InlineData("a.png 1x, b.png 2x", new[] { "a.png", "b.png" })]
    [InlineData(" a.png 640w,b.png   1280w ", new[] { "a.png", "b.png" })]
    [InlineData("a.png, b.png,", new[] { "a.png", "b.png" })]
    [InlineData("a.png,b.png 2x", new[] { "a.png,b.png" })] // a URL runs to white space, as browsers read it
    [InlineData("data:image/png;base64,AAA= 1x, /c.png 2x", new[] { "data:image/png;base64,AAA=", "/c.png" })]
    public void Each_candidate_gives_its_url(string srcset, string[] urls) =>
        Assert.Equal(urls, SrcsetUrls.Of(srcset));
}
