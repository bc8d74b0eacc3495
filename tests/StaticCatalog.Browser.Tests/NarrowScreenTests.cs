using StaticCatalog.Browser.Tests.Support;

namespace StaticCatalog.Browser.Tests;

/// <summary>
/// A 360 px phone never scrolls sideways, on a site made to be wide: a metric name of 90 characters in the limits
/// filter (the corpus has such names), long service, tag and feature names, and a post with a wide table, a long URL,
/// a long word, inline code and a code block with long lines. Tables and code scroll inside their own boxes.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class NarrowScreenTests(BrowserFixture browser, NarrowScreenTests.WideSite wide) : IClassFixture<NarrowScreenTests.WideSite>
{
    public const string WidePost = "posts/2025/12/wide-tables-and-long-urls/";

    public static TheoryData<string> Kinds => ["home", "post", "tag", "service", "services", "limits", "status", "features", "search", "not-found"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_360px_screen_does_not_scroll_sideways(string kind)
    {
        await using var context = await browser.NewContextAsync(width: 360, height: 740);
        var page = await context.NewPageAsync();
        var url = kind == "post" ? wide.Site.Url(WidePost) : wide.Site.UrlOf(kind);
        await page.GotoAsync(url);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");

        await Screenshots.SaveAsync(page, $"narrow-{kind}");
        Assert.True(widths[0] <= widths[1], $"{url} is {widths[0]} px wide on a {widths[1]} px screen");
    }

    [Fact]
    public async Task The_wide_table_and_the_code_block_scroll_inside_the_post()
    {
        await using var context = await browser.NewContextAsync(width: 360, height: 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync(wide.Site.Url(WidePost));

        var scrolling = await page.EvaluateAsync<bool[]>(
            "() => ['.post-body table', '.post-body pre'].map(s => { const e = document.querySelector(s); return e.scrollWidth > e.clientWidth && getComputedStyle(e).overflowX === 'auto'; })");

        Assert.Equal([true, true], scrolling);
    }

    /// <summary>The wide site, built once under <see cref="BrowserFixture.BasePath"/> and served.</summary>
    public sealed class WideSite : IAsyncLifetime
    {
        private const string LongMetric = "maximum number of concurrent private endpoint connections per secured virtual hub in one region";

        /// <summary>More features than a board column previews (20), so the site has a features page.</summary>
        private static readonly string Features = string.Join('\n', Enumerable.Range(1, 21).Select(i =>
            $"    - name: Application Gateway for Containers with mutual TLS passthrough and end-to-end encryption, part {i}\n      status: preview"));

        private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("staticcatalog-narrow-");
        private StaticSiteServer? _server;

        public SiteUnderTest Site { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Write("2025-12-01-wide.md", $$"""
                ---
                title: Wide tables and long URLs
                date: 2025-12-01 10:00:00 +00:00
                tags:
                - AzureVirtualNetworkManagerSecurityAdminRulesForMultiRegionDeployments
                services:
                - application-gateway
                catalog:
                  features:
                {{Features}}
                  limits:
                    - service: application-gateway
                      metric: {{LongMetric}}
                      value: 1000
                      unit: count
                ---
                An excerpt.<!--excerpt_end-->

                See https://learn.microsoft.com/en-us/azure/application-gateway/for-containers/how-to-end-to-end-tls-gateway-api-with-mutual-authentication-and-backend-certificate-validation?tabs=alb-managed-deployment-with-a-very-long-query for details.

                Supercalifragilisticexpialidocious-Antidisestablishmentarianism-Pneumonoultramicroscopicsilicovolcanoconiosis.

                Run `az network application-gateway for-containers security-policy waf-policy-association create --name-of-the-association` first.

                | Region | Throughput | Connections | Listeners | Backends | Rules | Certificates | Notes |
                |---|---|---|---|---|---|---|---|
                | West Europe | 100 Gbps | 1,000,000 | 200 | 1,200 | 400 | 100 | https://learn.microsoft.com/en-us/azure/application-gateway/for-containers/quotas-and-limits-per-region |
                | East US 2 | 100 Gbps | 1,000,000 | 200 | 1,200 | 400 | 100 | Generally available with zone redundancy enabled by default |

                ```bash
                az network application-gateway for-containers create --resource-group my-resource-group --name my-gateway-for-containers --location westeurope --frontend-configurations frontend-one frontend-two
                ```
                """);
            Write("2025-12-02-other.md", $"""
                ---
                title: Another post
                date: 2025-12-02 10:00:00 +00:00
                services:
                - bastion
                catalog:
                  limits:
                    - service: bastion
                      metric: {LongMetric} and per subscription
                      value: 50
                      unit: count
                ---
                Azure Bastion now supports more sessions.
                """);
            var built = await Task.Run(() => BuiltSite.Build(Seeds, Path.Combine(_folder.FullName, "_site"), BrowserFixture.BasePath));
            _server = await StaticSiteServer.StartAsync(built.OutputDirectory, BrowserFixture.BasePath);
            Site = new SiteUnderTest(built, _server);
        }

        public async Task DisposeAsync()
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }

            _folder.Delete(recursive: true);
        }

        private string Seeds => Path.Combine(_folder.FullName, "seeds");

        private void Write(string name, string text)
        {
            Directory.CreateDirectory(Seeds);
            File.WriteAllText(Path.Combine(Seeds, name), text);
        }
    }
}
