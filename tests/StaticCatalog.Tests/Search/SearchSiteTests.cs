using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace StaticCatalog.Tests.Search;

/// <summary>The repository's seed built under a project path: the search files, the search page and the header form on every page.</summary>
[Trait("Category", "Program")]
public sealed class SearchSiteTests : IDisposable
{
    private const string BasePath = "/my-repo/";

    private static readonly HtmlParser Parser = new();
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Build(string name)
    {
        var output = _folder.Combine(name);
        var result = TestSite.BuildWithRepositoryTheme(RepoPaths.Seeds, output, BasePath);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return output;
    }

    [Fact]
    public void A_search_for_nat_gateway_finds_the_service_and_the_post()
    {
        var client = new SearchFilesClient(Build("site"));

        var (results, total) = client.Search("nat gateway", 10);

        Assert.True(total >= 2, $"{total} results");
        Assert.Equal(["s", "services/nat-gateway/", "Azure NAT Gateway"], results[0][..3]);
        Assert.Contains(results, r => r[0] == "p" && r[1] == "posts/2025/12/azure-networking-latest-updates/");
        Assert.Equal(client.Search("nat gat", 10).Documents.Select(r => r[1]), results.Select(r => r[1]));
        Assert.Contains(client.Search("100 gbps", 10).Documents, r => r[1] == "posts/2025/12/azure-networking-latest-updates/");
    }

    [Fact]
    public void Two_builds_write_byte_identical_search_files()
    {
        var first = Build("first");
        var second = Build("second");

        OutputTrees.AssertIdentical(Path.Combine(first, "search"), Path.Combine(second, "search"));
        Assert.True(Directory.GetFiles(Path.Combine(first, "search", "index")).Length > 10);
    }

    [Fact]
    public void Every_page_has_the_search_form_to_the_search_page_under_the_base_path()
    {
        var site = Build("site");
        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories);
        var kinds = new HashSet<string>(StringComparer.Ordinal);

        foreach (var file in pages)
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            kinds.Add(page.Body!.ClassName!);
            var forms = page.QuerySelectorAll("header form[role=search]");
            var form = Assert.Single(forms);
            Assert.Equal(BasePath + "search/", form.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            Assert.Equal(BasePath, form.GetAttribute("data-base"));
            var input = form.QuerySelector("input[type=search][name=q]");
            Assert.NotNull(input);
            Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
            var script = Assert.Single(page.QuerySelectorAll($"script[src='{BasePath}assets/js/search.js']"));
            Assert.True(script.HasAttribute("defer"));
            Assert.Single(page.QuerySelectorAll($"link[rel=stylesheet][href='{BasePath}assets/css/search.css']"));
        }

        Assert.Superset(new HashSet<string> { "page-home", "page-post", "page-archive", "page-tag", "page-tag-index", "page-services", "page-service", "page-limits", "page-status", "page-not-found", "page-search" }, kinds);
    }

    [Fact]
    public void The_search_page_is_not_indexed_and_without_javascript_links_to_the_indexes()
    {
        var site = Build("site");
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site, "search", "index.html")));

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains("needs JavaScript", page.QuerySelector("[data-search-fallback]")?.TextContent);
        Assert.Equal(new[] { "services/", "limits/", "tags/", "posts/" }.Select(p => BasePath + p),
            page.QuerySelectorAll("[data-search-fallback] a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("[data-search-results]"));
        var sitemap = XDocument.Parse(File.ReadAllText(Path.Combine(site, "sitemap.xml")));
        Assert.DoesNotContain(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), loc => loc.Value.Contains("/search/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_site_ships_less_than_30_kb_of_javascript_and_search_js_inserts_no_html()
    {
        var scripts = Directory.GetFiles(Path.Combine(RepoPaths.Theme, "assets", "js"), "*.js");
        var search = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "js", "search.js"));

        Assert.True(scripts.Sum(s => new FileInfo(s).Length) < 30 * 1024, "the theme's scripts are 30 KB or more");
        Assert.True(search.Length <= 12 * 1024, $"search.js is {search.Length} bytes");
        Assert.DoesNotContain("innerHTML", search, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", search, StringComparison.Ordinal);
        Assert.DoesNotContain("http", search.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Aggregate("", string.Concat), StringComparison.Ordinal);
    }
}
