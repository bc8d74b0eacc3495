using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using StaticCatalog.Diagnostics;
using StaticCatalog.Tests.Support;

namespace StaticCatalog.Tests.Safety;

/// <summary>
/// Front-matter values are data wherever they appear: page text and attributes, feeds, the sitemap,
/// <c>catalog.json</c> and the search index. A site built from a hostile post is searched file by file.
/// </summary>
[Trait("Category", "Program")]
public sealed class HostileFrontMatterTests : IDisposable
{
    private const string Title = "</title><script>alert(\"title\")</script> & \"quotes\" 'apos' {{ site.title }}";
    private const string Author = "<img src=x onerror=alert(\"author\")>";
    private const string Feed = "\"><svg onload=alert(\"feed\")>";
    private const string Tag = "<script>alert(\"tag\")</script>";
    private const string AttributeTag = "\" onmouseover=\"alert('tag2')";

    private static readonly HtmlParser Parser = new();
    private readonly TestSite _site = new();

    public HostileFrontMatterTests()
    {
        _site.Seed("2025-12-01-hostile.md", $"""
            ---
            title: '{Title.Replace("'", "''")}'
            author: '{Author}'
            feed_name: '{Feed}'
            external_url: javascript:alert("ext")
            date: 2025-12-01 17:00:00 +00:00
            tags:
            - '{Tag}'
            - '{AttributeTag.Replace("'", "''")}'
            - Azure NAT Gateway
            section_names:
            - '<b>azure</b>'
            ---
            An excerpt with {"{{"} 6 * 7 {"}}"} in it.<!--excerpt_end-->

            Azure NAT Gateway now supports up to 100 Gbps of throughput per gateway.
            """);
        _site.Seed("2025-12-02-plain.md", TestSite.Post("A plain neighbour"));
    }

    private IEnumerable<string> OutputFiles(string extension) =>
        Directory.EnumerateFiles(_site.OutputDirectory, "*" + extension, SearchOption.AllDirectories);

    [Fact]
    public void No_page_runs_a_script_or_handler_the_post_brought_and_every_value_reads_as_written()
    {
        var result = _site.Build(baseUrl: "https://user.github.io/my-repo/");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeContent && d.Message.Contains("external_url"));
        var pages = OutputFiles(".html").ToList();
        Assert.True(pages.Count > 10);
        var titleShown = false;
        foreach (var path in pages)
        {
            var page = Parser.ParseDocument(File.ReadAllText(path));
            Assert.All(page.QuerySelectorAll("script"), script =>
                Assert.True(script.HasAttribute("src") ? script.GetAttribute("src")!.StartsWith("/my-repo/assets/", StringComparison.Ordinal) : !script.TextContent.Contains("alert"),
                    $"{path}: {script.OuterHtml}"));
            Assert.Empty(page.QuerySelectorAll("svg[onload], img[onerror]"));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
            titleShown |= page.QuerySelector("article h1")?.TextContent == Title;
        }

        Assert.True(titleShown, "the post page shows the title as written");
        var post = Parser.ParseDocument(File.ReadAllText(pages.Single(p => p.Contains("/posts/") && File.ReadAllText(p).Contains("100 Gbps"))));
        Assert.Contains(Author, post.QuerySelector(".post-meta")?.TextContent);
        Assert.Contains(post.QuerySelectorAll("a[rel=tag]"), a => a.TextContent == Tag);
        Assert.Contains(post.QuerySelectorAll("a[rel=tag]"), a => a.TextContent == AttributeTag);
        Assert.Contains("{{ 6 * 7 }}", post.QuerySelector(".post-body")?.TextContent);
        Assert.Null(post.QuerySelector(".post-source a"));
    }

    [Fact]
    public void Feeds_the_sitemap_and_the_JSON_files_stay_well_formed_and_carry_the_values_as_text()
    {
        Assert.True(_site.Build(baseUrl: "https://user.github.io/my-repo/").Succeeded);

        var feedTitles = new List<string>();
        foreach (var path in OutputFiles(".xml"))
        {
            var xml = XDocument.Parse(File.ReadAllText(path)); // throws if a value broke the markup
            feedTitles.AddRange(xml.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value));
        }

        Assert.Contains(Title, feedTitles);
        var strings = new List<string>();
        foreach (var path in OutputFiles(".json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            JsonStrings.Collect(json.RootElement, strings);
        }

        Assert.Contains(Title, strings);
        Assert.Contains(strings, s => s.Contains(Tag, StringComparison.Ordinal));
    }

    [Fact]
    public void No_file_holds_the_hostile_markup_unescaped()
    {
        Assert.True(_site.Build().Succeeded);

        foreach (var path in Directory.EnumerateFiles(_site.OutputDirectory, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);
            Assert.False(text.Contains("<script>alert(", StringComparison.Ordinal), path);
            Assert.DoesNotContain("<img src=x onerror", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<svg onload", text, StringComparison.Ordinal);
            Assert.DoesNotContain("javascript:alert", text, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _site.Dispose();
}
