using System.Xml.Linq;
using AngleSharp.Html.Parser;
using StaticCatalog.Publishing;
using StaticCatalog.Rendering;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Publishing;

/// <summary>
/// What GitHub Pages, crawlers and link previews need: sitemap, robots.txt, .nojekyll, 404 page,
/// favicon, Open Graph and description meta, all right under a project path.
/// </summary>
[Trait("Category", "Program")]
public sealed class SitePlumbingTests : IDisposable
{
    private const string BaseUrl = "https://user.github.io/my-repo/";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly HtmlParser Parser = new();

    private readonly TestSite _site = new();

    public SitePlumbingTests()
    {
        _site.Seed("2025-11-01-older.md", TestSite.Post("Older news", date: "2025-11-01 10:00:00 +00:00", tags: "- Networking\n- Old"));
        _site.Seed("2025-11-20-newer.md", TestSite.Post("Newer news", date: "2025-11-20 10:00:00 +00:00", tags: "- Networking",
            body: "Azure NAT Gateway now supports 100 Gbps.<!--excerpt_end-->\n\nDetails."));
    }

    [Fact]
    public void The_sitemap_lists_every_page_once_with_absolute_urls_and_dates_from_the_content()
    {
        Assert.True(_site.Build(BaseUrl).Succeeded);
        var urls = XDocument.Parse(_site.Read("sitemap.xml")).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);

        var pages = Directory.EnumerateFiles(_site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.OutputDirectory, f).Replace('\\', '/'))
            .Where(f => f is not "404.html" and not "search/index.html") // noindex pages
            .Select(f => BaseUrl + (f == "index.html" ? "" : f[..^"index.html".Length]))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(pages, urls.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("2025-11-01T10:00:00+00:00", urls[BaseUrl + "posts/2025/11/older-news/"]);
        Assert.Equal("2025-11-01T10:00:00+00:00", urls[BaseUrl + "tags/old/"]);
        Assert.Equal("2025-11-20T10:00:00+00:00", urls[BaseUrl + "tags/networking/"]);
        Assert.Equal("2025-11-20T10:00:00+00:00", urls[BaseUrl]);
        Assert.Equal("2025-11-20T10:00:00+00:00", urls[BaseUrl + "services/nat-gateway/"]);
        Assert.All(urls.Values, lastmod => Assert.Contains(lastmod, new[] { "2025-11-01T10:00:00+00:00", "2025-11-20T10:00:00+00:00" }));
    }

    [Fact]
    public void Past_the_protocols_limit_the_sitemap_becomes_an_index_of_parts_that_list_each_page_once()
    {
        var pages = Enumerable.Range(1, 7).Select(i => Page($"posts/{i}/")).Append(Page(SitePaths.NotFound, noIndex: true)).ToList();
        var url = SiteUrl.TryParse(BaseUrl, out _)!;

        var files = SitemapWriter.Write(pages, url, siteUpdated: null, maxUrlsPerFile: 3);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Select(f => f.RelativePath));
        var index = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files[0].Content)).Root!;
        Assert.Equal(Sitemap + "sitemapindex", index.Name);
        Assert.Equal(files.Skip(1).Select(f => BaseUrl + f.RelativePath), index.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value));
        var listed = files.Skip(1)
            .SelectMany(f => XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Content)).Root!.Elements(Sitemap + "url"))
            .Select(u => u.Element(Sitemap + "loc")!.Value)
            .ToList();
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"{BaseUrl}posts/{i}/").Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public void Robots_txt_names_the_sitemap_and_nojekyll_and_the_favicons_are_at_the_root()
    {
        Assert.True(_site.Build(BaseUrl).Succeeded);

        Assert.Contains($"Sitemap: {BaseUrl}sitemap.xml", _site.Read("robots.txt"));
        Assert.True(_site.Exists(".nojekyll"));
        Assert.Equal([0, 0, 1, 0], File.ReadAllBytes(Path.Combine(_site.OutputDirectory, "favicon.ico")).Take(4));
        Assert.StartsWith("<svg", _site.Read("favicon.svg"));
        var head = Parser.ParseDocument(_site.Read("index.html")).Head!;
        Assert.Equal(["/my-repo/favicon.svg", "/my-repo/favicon.ico"], head.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public void The_404_page_is_styled_links_home_and_uses_no_relative_link_so_it_works_at_any_depth()
    {
        Assert.True(_site.Build(BaseUrl).Succeeded);
        var document = Parser.ParseDocument(_site.Read("404.html"));

        Assert.Equal("Page not found · StaticCatalog", document.Title);
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(document.QuerySelector("link[rel=canonical]"));
        Assert.Equal("/my-repo/assets/css/site.css", document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.Contains(document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/my-repo/" && a.TextContent == "Home page");
        var links = document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.All(links, link => Assert.True(link.StartsWith("/my-repo/", StringComparison.Ordinal) || link == "#main", $"{link} is relative"));
        Assert.Empty(SiteLinks.Broken(_site.OutputDirectory, "/my-repo/"));
    }

    [Fact]
    public void A_post_page_describes_itself_for_search_engines_and_link_previews_from_its_excerpt()
    {
        Assert.True(_site.Build(BaseUrl).Succeeded);
        var head = Parser.ParseDocument(_site.Read("posts/2025/11/newer-news/index.html")).Head!;

        string? Meta(string selector) => head.QuerySelector(selector)?.GetAttribute("content");
        Assert.Equal("Azure NAT Gateway now supports 100 Gbps.", Meta("meta[name=description]"));
        Assert.Equal("Azure NAT Gateway now supports 100 Gbps.", Meta("meta[property='og:description']"));
        Assert.Equal("Newer news", Meta("meta[property='og:title']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal(BaseUrl + "posts/2025/11/newer-news/", Meta("meta[property='og:url']"));
        Assert.Equal(BaseUrl + "posts/2025/11/newer-news/", head.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("2025-11-20T10:00:00+00:00", Meta("meta[property='article:published_time']"));
        Assert.Equal("website", Parser.ParseDocument(_site.Read("tags/old/index.html")).Head!.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
    }

    [Fact]
    public void At_a_domain_root_and_without_an_absolute_url_there_is_no_og_url_and_the_sitemap_keeps_root_relative_paths()
    {
        Assert.True(_site.Build().Succeeded);

        var head = Parser.ParseDocument(_site.Read("posts/2025/11/newer-news/index.html")).Head!;
        Assert.Null(head.QuerySelector("meta[property='og:url']"));
        Assert.Equal("/posts/2025/11/newer-news/", head.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var locs = XDocument.Parse(_site.Read("sitemap.xml")).Root!.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
        Assert.Contains("/posts/2025/11/newer-news/", locs);
        Assert.Contains("Sitemap: /sitemap.xml", _site.Read("robots.txt"));
        Assert.Empty(SiteLinks.Broken(_site.OutputDirectory, "/"));
    }

    private static PageSpec Page(string sitePath, bool noIndex = false) =>
        new(sitePath, noIndex ? PageKinds.NotFound : PageKinds.Archive, new object(), new PageView { Kind = "list", Title = sitePath, Description = sitePath, Url = sitePath, CanonicalUrl = sitePath, NoIndex = noIndex },
            new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _site.Dispose();
}
