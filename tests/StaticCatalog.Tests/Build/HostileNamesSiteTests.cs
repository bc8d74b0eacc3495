using System.Xml.Linq;
using StaticCatalog.Checking;
using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Build;

/// <summary>
/// A small site whose titles are in Russian, Greek and Japanese, with tags named <c>CON</c>, <c>..</c> and
/// <c>../../etc</c> and a 400-character title: every file stays inside the output folder, every page has its
/// own URL, and the site's own checker finds no broken link, feed or sitemap entry.
/// </summary>
[Trait("Category", "Program")]
public sealed class HostileNamesSiteTests : IDisposable
{
    private static readonly string LongTitle = string.Join(' ', Enumerable.Repeat("Azure networking capacity update for virtual network peering", 7))[..400];

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("https://user.github.io/my-repo/")]
    public void Posts_and_tags_in_any_script_or_shape_get_safe_unique_urls_that_pass_the_check(string? baseUrl)
    {
        _site
            .Seed("ru.md", TestSite.Post("Новые возможности Azure: сеть и безопасность", tags: "- Сеть\n- CON"))
            .Seed("el.md", TestSite.Post("Νέες δυνατότητες δικτύου στο Azure", tags: "- Δίκτυο\n- '..'"))
            .Seed("ja.md", TestSite.Post("Azureネットワークの最新情報", tags: "- ネットワーク\n- '../../etc'"))
            .Seed("ja-2.md", TestSite.Post("Azureネットワークの最新情報", tags: "- 'nul.txt'\n- page"))
            .Seed("long.md", TestSite.Post(LongTitle, tags: "- COM1\n- '.'"))
            .Seed("con.md", TestSite.Post("CON", tags: "- con"));

        var build = _site.Build(baseUrl);

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var output = Path.GetFullPath(_site.OutputDirectory) + Path.DirectorySeparatorChar;
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories);
        Assert.All(files, file => Assert.StartsWith(output, Path.GetFullPath(file), StringComparison.Ordinal));
        Assert.All(files.SelectMany(f => Path.GetRelativePath(output, f).Split(Path.DirectorySeparatorChar)), segment =>
        {
            Assert.False(SitePaths.IsReservedSegment(segment.Split('.')[0]), $"'{segment}' is a reserved name");
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(segment) <= 255, $"'{segment}' is too long for a file name");
        });

        var posts = files.Where(f => f.Contains($"{Path.DirectorySeparatorChar}posts{Path.DirectorySeparatorChar}2025", StringComparison.Ordinal) && f.EndsWith("index.html", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, posts.Count);
        Assert.Contains(posts, p => p.Contains("новые-возможности-azure", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Contains("νέες-δυνατότητες", StringComparison.Ordinal));
        Assert.Equal(2, posts.Count(p => p.Contains("azureネットワークの最新情報", StringComparison.Ordinal)));
        Assert.Contains(posts, p => p.Contains($"{Path.DirectorySeparatorChar}con-1{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.True(_site.Exists("tags/con-1/index.html"), "the tag CON is at tags/con-1/");
        Assert.True(_site.Exists("tags/etc/index.html"), "the tag ../../etc is at tags/etc/");
        Assert.True(_site.Exists("tags/page-1/index.html"), "the tag page is at tags/page-1/");
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(output, "tags"), "term-*").Length); // ".." and "."

        var sitemap = XDocument.Parse(_site.Read("sitemap.xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Equal(locations.Count, locations.Distinct(StringComparer.Ordinal).Count());

        var check = SiteChecker.Check(_site.OutputDirectory);
        Assert.True(check.Diagnostics.Count == 0, string.Join("\n", check.Diagnostics));
        Assert.True(check.LinksChecked > 100, $"{check.LinksChecked} links checked");
    }
}
