using Microsoft.Playwright;
using StaticCatalog.Browser.Tests.Support;

namespace StaticCatalog.Browser.Tests;

/// <summary>A reader's way from the home page to the paragraph a limit was read from, and back to its service.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class NavigationTests(BrowserFixture browser)
{
    [Fact]
    public async Task Home_to_service_to_the_highlighted_source_paragraph_of_a_limit()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new PageErrors(page);
        await page.GotoAsync(browser.Seed.Url(""));

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Services", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/my-repo/services/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Azure NAT Gateway", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/my-repo/services/nat-gateway/");
        var row = page.Locator("table.limits tbody tr", new() { HasText = "100 Gbps" });
        await row.Locator("td").Last.GetByRole(AriaRole.Link).ClickAsync();

        await page.WaitForURLAsync("**/my-repo/posts/2025/12/azure-networking-latest-updates/#p-*");
        var target = page.Locator(":target");
        Assert.Contains("100 Gbps", await target.InnerTextAsync());
        Assert.Equal("solid", await target.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        var other = page.Locator(".post-body p:not(:target)").First;
        Assert.Equal("none", await other.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await page.WaitForFunctionAsync("() => { const r = document.querySelector(':target').getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }");
        Assert.Empty(errors.All);
    }

    [Fact]
    public async Task A_post_links_its_extracted_limits_to_their_service()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url("posts/2025/12/azure-networking-latest-updates/"));

        var catalog = page.Locator(".post-catalog");
        var row = catalog.Locator("table.limits tbody tr", new() { HasText = "100 Gbps" });
        await row.GetByRole(AriaRole.Link, new() { Name = "Azure NAT Gateway" }).ClickAsync();

        await page.WaitForURLAsync("**/my-repo/services/nat-gateway/");
        Assert.Equal("Azure NAT Gateway", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Breadcrumbs_lead_back_up_from_a_service()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url("services/nat-gateway/"));

        var crumbs = page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" });
        Assert.Equal(["Home", "Services", "Azure NAT Gateway"], (await crumbs.Locator("li").AllInnerTextsAsync()).Select(t => t.Trim()));
        await crumbs.GetByRole(AriaRole.Link, new() { Name = "Services" }).ClickAsync();
        await page.WaitForURLAsync("**/my-repo/services/");
    }
}
