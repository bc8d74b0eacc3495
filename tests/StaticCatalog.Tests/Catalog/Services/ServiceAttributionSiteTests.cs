using AngleSharp.Html.Parser;

namespace StaticCatalog.Tests.Catalog.Services;

/// <summary>
/// A site of two posts, an announcement about Azure NAT Gateway and a weekly digest of links naming many services:
/// each service page shows the posts about it and lists the digest under "Also mentioned in", and the digest's items
/// stay off the pages of the services it names.
/// </summary>
[Trait("Category", "Program")]
public sealed class ServiceAttributionSiteTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] DigestServices = ["Azure Firewall", "Azure Functions", "Azure Monitor", "Azure Key Vault", "Azure Cosmos DB", "Azure NAT Gateway"];

    private readonly TestSite _site = new();

    public ServiceAttributionSiteTests()
    {
        _site.Seed("2025-12-01-nat.md", TestSite.Post("Azure NAT Gateway V2 in preview", date: "2025-12-01 10:00:00 +00:00",
            body: "Azure NAT Gateway V2 brings zone redundancy to outbound traffic.<!--excerpt_end-->\n\n## What is new\n\n- **NAT Gateway V2**: public preview, with 100 Gbps of throughput.\n"));
        var links = string.Join('\n', DigestServices.Select(name => $"- [{name}: what changed this week](https://example.com/{name.Replace(' ', '-')}-news)"));
        _site.Seed("2025-12-05-digest.md", TestSite.Post("The weekly digest", date: "2025-12-05 10:00:00 +00:00",
            body: "Everything that shipped this week.<!--excerpt_end-->\n\n## Releases\n\n- **Stacked PRs**: now generally available.\n\n## Read more\n\n" + links + "\n"));
    }

    public void Dispose() => _site.Dispose();

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => Parser.ParseDocument(_site.Read(path));

    [Fact]
    public void A_digest_naming_many_services_is_only_mentioned_on_their_pages()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var nat = Page("services/nat-gateway/index.html");
        Assert.Equal(["/posts/2025/12/azure-nat-gateway-v2-in-preview/"], nat.QuerySelectorAll(".timeline a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Also mentioned in (1)", nat.GetElementById("mentioned")?.TextContent);
        Assert.Equal(["The weekly digest"], nat.QuerySelectorAll(".mentioned-in a").Select(a => a.TextContent));
        Assert.DoesNotContain(nat.QuerySelectorAll(".feature-name"), a => a.TextContent == "Stacked PRs");

        // A service only the digest names has a page with no post about it and the digest among its mentions.
        var functions = Page("services/functions/index.html");
        Assert.Empty(functions.QuerySelectorAll(".timeline a"));
        Assert.Contains("No post is about Azure Functions yet.", functions.QuerySelector(".service-page")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["The weekly digest"], functions.QuerySelectorAll(".mentioned-in a").Select(a => a.TextContent));
        Assert.False(_site.Exists("services/functions/atom.xml"), "a feed follows the posts about a service; none is");
        Assert.DoesNotContain("The weekly digest", _site.Read("services/nat-gateway/atom.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_post_page_lists_its_services_then_what_it_also_mentions_and_catalog_json_counts_both()
    {
        Assert.True(_site.Build().Succeeded);

        var digest = Page("posts/2025/12/the-weekly-digest/index.html");
        Assert.Null(digest.QuerySelector(".post-services"));
        Assert.Equal(DigestServices.Length, digest.QuerySelectorAll(".post-mentions a").Length);
        var announcement = Page("posts/2025/12/azure-nat-gateway-v2-in-preview/index.html");
        Assert.Equal(["Azure NAT Gateway"], announcement.QuerySelectorAll(".post-services a").Select(a => a.TextContent));

        Assert.Empty(CatalogChecks.SchemaViolations(_site.OutputDirectory));
        var catalog = CatalogChecks.Catalog(_site.OutputDirectory);
        var posts = catalog["posts"]!.AsArray();
        var digestJson = posts.Single(p => (string?)p!["title"] == "The weekly digest")!;
        Assert.Empty(digestJson["services"]!.AsArray());
        Assert.Equal(DigestServices.Length, digestJson["mentioned"]!.AsArray().Count);
        var nat = catalog["services"]!.AsArray().Single(s => (string?)s!["id"] == "nat-gateway")!;
        Assert.Equal((1, 1), ((int)nat["post_count"]!, (int)nat["mentioned_count"]!));
        var stacked = catalog["features"]!.AsArray().Single(f => (string?)f!["name"] == "Stacked PRs")!;
        Assert.Empty(stacked["services"]!.AsArray());
    }
}
