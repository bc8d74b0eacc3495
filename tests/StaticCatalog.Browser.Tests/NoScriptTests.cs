using Microsoft.Playwright;
using StaticCatalog.Browser.Tests.Support;

namespace StaticCatalog.Browser.Tests;

/// <summary>Without JavaScript everything is still there: tables list every row, links work, nothing is half-drawn.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoScriptTests(BrowserFixture browser)
{
    [Fact]
    public async Task Limits_list_every_row_and_hide_controls_that_need_a_script()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url("limits/"));

        var rows = page.Locator("table.limits tbody tr");
        Assert.True(await rows.CountAsync() > 0);
        Assert.Equal(await rows.CountAsync(), await page.Locator("table.limits tbody tr:visible").CountAsync());
        Assert.False(await page.Locator("form.filters").IsVisibleAsync());
        Assert.False(await page.Locator(".theme-toggle").IsVisibleAsync());

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Status", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/my-repo/status/");
        Assert.True(await page.Locator(".feature").CountAsync() > 0);
    }
}
