using AngleSharp.Html.Parser;

namespace StaticCatalog.Tests.Rendering;

/// <summary>
/// What a tag page holds: the "Services its posts name" line on its first page only (at most twelve, most named
/// first), and entries without excerpts unless <c>tag_page_excerpts</c>.
/// </summary>
[Trait("Category", "Program")]
public sealed class TagPageTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] Services =
    [
        "Azure NAT Gateway", "Azure ExpressRoute", "Azure Private Link", "Azure Firewall", "Azure Cosmos DB", "Azure Functions",
        "Azure Kubernetes Service", "Azure Bastion", "Azure VPN Gateway", "Azure Key Vault", "Azure Monitor", "Azure Front Door",
        "Azure DNS", "Azure Load Balancer",
    ];

    private readonly TestSite _site = new();

    [Fact]
    public void A_long_tag_names_its_twelve_most_named_services_on_its_first_page_only()
    {
        // 28 posts (two pages of 20): NAT Gateway is the subject of 15, each other service of one.
        for (var i = 0; i < 28; i++)
        {
            var service = i < 15 ? Services[0] : Services[i - 14];
            _site.Seed($"2025-11-{i + 1:00}-post-{i}.md", TestSite.Post($"{service} gets update {i}", date: $"2025-11-{i + 1:00} 10:00:00 +00:00",
                tags: "- Mix", body: $"{service} now supports a new setting number {i}.<!--excerpt_end-->\n\n{service} is generally available with it."));
        }

        Assert.True(_site.Build().Succeeded);

        var first = Parser.ParseDocument(_site.Read("tags/mix/index.html")).QuerySelectorAll(".term-services a").Select(a => a.TextContent).ToList();
        Assert.Equal(12, first.Count);
        Assert.Equal("Azure NAT Gateway", first[0]);
        Assert.Empty(Parser.ParseDocument(_site.Read("tags/mix/page/2/index.html")).QuerySelectorAll(".term-services"));
    }

    [Fact]
    public void Tag_pages_list_posts_without_excerpts_and_other_lists_keep_them()
    {
        _site.Seed("2025-11-01-post.md", TestSite.Post("Gateway news", tags: "- Mix", body: "The short summary of it.<!--excerpt_end-->\n\nMore."));

        Assert.True(_site.Build().Succeeded);

        var tag = Parser.ParseDocument(_site.Read("tags/mix/index.html"));
        Assert.Equal("Gateway news", tag.QuerySelector(".post-summary h2")!.TextContent);
        Assert.Null(tag.QuerySelector(".post-summary .excerpt"));
        foreach (var list in new[] { "posts/index.html", "index.html" })
        {
            Assert.Equal("The short summary of it.", Parser.ParseDocument(_site.Read(list)).QuerySelector(".post-summary .excerpt")?.TextContent);
        }
    }

    [Fact]
    public void Tag_page_excerpts_in_site_yml_puts_them_back()
    {
        _site.InputDirectory = _site.Folder.Combine("input");
        _site.Folder.Write("input/site.yml", "tag_page_excerpts: true\n");
        File.Copy(Path.Combine(RepoPaths.Input, "services.yml"), _site.Folder.Combine("input", "services.yml"));
        _site.Seed("2025-11-01-post.md", TestSite.Post("Gateway news", tags: "- Mix", body: "The short summary of it.<!--excerpt_end-->\n\nMore."));

        Assert.True(_site.Build().Succeeded);

        Assert.Equal("The short summary of it.", Parser.ParseDocument(_site.Read("tags/mix/index.html")).QuerySelector(".post-summary .excerpt")?.TextContent);
    }

    public void Dispose() => _site.Dispose();
}
