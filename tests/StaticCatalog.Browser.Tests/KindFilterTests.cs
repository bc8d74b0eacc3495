using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StaticCatalog.Browser.Tests.Support;

namespace StaticCatalog.Browser.Tests;

/// <summary>Post kinds in the browser, on a two-post site under /my-repo/: the status board's kind filter, and the kind label, axe-clean in both colour schemes.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class KindFilterTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string VisibleFeatures = ".board-column li.feature:not([hidden])";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "staticcatalog-browser", "kinds-" + Guid.NewGuid().ToString("N"));
    private StaticSiteServer? _server;
    private SiteUnderTest _site = null!;

    public async Task InitializeAsync()
    {
        var seeds = Path.Combine(_root, "seeds");
        Directory.CreateDirectory(Path.Combine(seeds, "news"));
        Directory.CreateDirectory(Path.Combine(seeds, "blogs"));
        File.WriteAllText(Path.Combine(seeds, "news", "2025-12-01-nat.md"),
            Post("Azure NAT Gateway V2 is now in public preview", "2025-12-01", "", "Announcing the public preview of NAT Gateway V2.<!--excerpt_end-->\n\nIt is zone redundant."));
        File.WriteAllText(Path.Combine(seeds, "blogs", "2025-11-20-firewall.md"),
            Post("Firewall rules, step by step", "2025-11-20", "kind: tutorial\n",
                "A walkthrough.<!--excerpt_end-->\n\n## Step 1: Create the policy\n\nAzure Firewall Basic is now generally available, so start there.\n\n## Step 2: Add a rule\n\nDone."));
        var built = BuiltSite.Build(seeds, Path.Combine(_root, "site"), BrowserFixture.BasePath);
        _server = await StaticSiteServer.StartAsync(built.OutputDirectory, BrowserFixture.BasePath);
        _site = new SiteUnderTest(built, _server);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string Post(string title, string date, string kind, string body) =>
        $"---\ntitle: '{title}'\nauthor: Jane Doe\nfeed_name: The Azure Blog\ndate: {date}\n{kind}tags:\n- Azure\n---\n{body}\n";

    [Fact]
    public async Task Choosing_a_kind_shows_only_the_features_of_posts_of_that_kind_and_the_url_keeps_it()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new PageErrors(page);
        await page.GotoAsync(_site.Url("status/"));
        Assert.Equal(2, await page.Locator(VisibleFeatures).CountAsync());

        await page.Locator("select[name=kind]").SelectOptionAsync("tutorial");
        await page.Locator(".filter-count", new() { HasText = "Showing 1 of 2." }).WaitForAsync();

        Assert.Equal(["tutorial"], await page.Locator(VisibleFeatures).EvaluateAllAsync<string[]>("fs => fs.map(f => f.dataset.kind)"));
        Assert.Contains("kind=tutorial", page.Url);
        var other = await context.NewPageAsync();
        await other.GotoAsync(page.Url);
        await other.Locator(".filter-count", new() { HasText = "Showing 1 of 2." }).WaitForAsync();
        Assert.Equal("tutorial", await other.Locator("select[name=kind]").InputValueAsync());
        Assert.Empty(errors.All);
    }

    [Theory]
    [InlineData("status/", ColorScheme.Light)]
    [InlineData("status/", ColorScheme.Dark)]
    [InlineData("posts/2025/11/firewall-rules-step-by-step/", ColorScheme.Light)]
    [InlineData("posts/2025/11/firewall-rules-step-by-step/", ColorScheme.Dark)]
    [InlineData("kinds/", ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_with_the_kind_filter_and_label(string path, ColorScheme scheme)
    {
        await using var context = await browser.NewContextAsync(scheme);
        var page = await context.NewPageAsync();
        await page.GotoAsync(_site.Url(path));
        if (path == "status/")
        {
            await page.Locator("select[name=kind]").SelectOptionAsync("tutorial");
            await page.Locator(".filter-count", new() { HasText = "Showing 1 of 2." }).WaitForAsync();
        }

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0, $"{path} in {scheme}:\n{AxeReport.Describe(result)}");
    }
}
