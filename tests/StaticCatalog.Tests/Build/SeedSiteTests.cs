using AngleSharp.Html.Parser;
using StaticCatalog.Pipeline;

namespace StaticCatalog.Tests.Build;

/// <summary>The repository's own <c>seeds/</c>, built as the README's first command does.</summary>
[Trait("Category", "Program")]
public sealed class SeedSiteTests : IDisposable
{
    private const string PostPage = "posts/2025/12/azure-networking-latest-updates/index.html";

    private static readonly HtmlParser Parser = new();
    private readonly TempFolder _folder = new();

    private BuildResult Build(string output, string? baseUrl = null) =>
        TestSite.BuildWithRepositoryTheme(RepoPaths.Seeds, _folder.Combine(output), baseUrl);

    private string Read(string output, string path) => File.ReadAllText(_folder.Combine(output, path));

    [Fact]
    public void The_seed_builds_cleanly_into_a_post_page_with_everything_a_reader_needs()
    {
        var result = Build("site");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, result.SourcesRead);
        var page = Parser.ParseDocument(Read("site", PostPage));
        Assert.Equal("Azure Networking: Latest Updates for Security, Reliability, and AI/ML Workloads", page.QuerySelector("article h1")?.TextContent);
        Assert.Equal("2025-12-01T17:00:00+00:00", page.QuerySelector("article time")?.GetAttribute("datetime"));
        Assert.Contains("Narayan Annamalai", page.QuerySelector(".post-meta")?.TextContent);
        Assert.Equal("/feeds/the-azure-blog/", page.QuerySelector(".post-meta a:not(.post-kind)")?.GetAttribute("href"));
        Assert.Equal("https://azure.microsoft.com/en-us/blog/azure-networking-updates-on-security-reliability-and-high-availability/",
            page.QuerySelector(".post-source a")?.GetAttribute("href"));
        Assert.Equal(27, page.QuerySelectorAll("a[rel=tag]").Length);
        Assert.Contains(page.QuerySelectorAll("a[rel=tag]"), a => a.GetAttribute("href") == "/tags/nat-gateway-v2/" && a.TextContent == "NAT Gateway V2");
        Assert.Equal(["/sections/ai/", "/sections/azure/", "/sections/security/"],
            page.QuerySelectorAll(".post-footer ul:not(.tags) a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Standard NAT Gateway V2 offers 100 Gbps throughput", page.QuerySelector(".post-body")?.TextContent);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.StartsWith("Narayan Annamalai shares the latest Azure networking updates",
            page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Every_tag_section_and_feed_of_the_seed_has_a_page_linking_back_to_it()
    {
        Build("site");
        var post = Parser.ParseDocument(Read("site", PostPage));
        var termLinks = post.QuerySelectorAll(".post-footer a, .post-meta a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(27 + 3 + 1 + 1, termLinks.Count); // tags, sections, the feed and the post kind
        foreach (var link in termLinks)
        {
            var termPage = Parser.ParseDocument(Read("site", link.TrimStart('/') + "index.html"));
            Assert.Contains(termPage.QuerySelectorAll(".post-list a"), a => a.GetAttribute("href") == "/posts/2025/12/azure-networking-latest-updates/");
        }
    }

    [Fact]
    public void The_home_page_and_indexes_link_to_everything()
    {
        Build("site");
        var home = Parser.ParseDocument(Read("site", "index.html"));
        var links = home.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/posts/2025/12/azure-networking-latest-updates/", links);
        Assert.Contains("/tags/", links);
        Assert.Contains("/sections/", links);
        Assert.Contains("/feeds/", links);
        Assert.Contains("/sections/security/", links);
        var tagIndex = Parser.ParseDocument(Read("site", "tags/index.html"));
        Assert.Equal(27, tagIndex.QuerySelectorAll(".term-list a").Length);
        Assert.Contains(tagIndex.QuerySelectorAll(".term-list li"), li => li.TextContent.Contains("Azure ExpressRoute") && li.TextContent.Contains('1'));
    }

    [Fact]
    public void Every_internal_link_resolves_at_the_domain_root()
    {
        Build("site");

        Assert.Empty(SiteLinks.Broken(_folder.Combine("site"), "/"));
    }

    [Fact]
    public void Every_internal_link_resolves_under_a_github_pages_project_path()
    {
        Build("site", "https://user.github.io/my-repo/");

        Assert.Empty(SiteLinks.Broken(_folder.Combine("site"), "/my-repo/"));
        var page = Parser.ParseDocument(Read("site", PostPage));
        Assert.Equal("https://user.github.io/my-repo/posts/2025/12/azure-networking-latest-updates/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("/my-repo/assets/css/site.css", page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("a[href^='/']"), a => Assert.StartsWith("/my-repo/", a.GetAttribute("href")));
    }

    [Fact]
    public void Two_builds_give_byte_identical_files()
    {
        Build("one");
        Build("two");

        OutputTrees.AssertIdentical(_folder.Combine("one"), _folder.Combine("two"));
    }

    public void Dispose() => _folder.Dispose();
}
