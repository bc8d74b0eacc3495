using Microsoft.Playwright;
using StaticCatalog.Browser.Tests.Support;

namespace StaticCatalog.Browser.Tests;

/// <summary>Without JavaScript everything is still there: tables list every row, links work, nothing is half-drawn.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class NoScriptTests(BrowserFixture browser)
{
    [Fact]
    public async Task Limits_pages_list_every_row_and_hide_controls_that_need_a_script()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url("limits/"));

        var seen = new List<string>();
        while (true)
        {
            var rows = page.Locator("table.limits tbody tr");
            Assert.Equal(await rows.CountAsync(), await page.Locator("table.limits tbody tr:visible").CountAsync());
            seen.AddRange(await rows.AllInnerTextsAsync());
            Assert.False(await page.Locator("form.filters").IsVisibleAsync());
            Assert.False(await page.Locator(".theme-toggle").IsVisibleAsync());
            var next = page.Locator("nav.pager a[rel=next]");
            if (await next.CountAsync() == 0)
            {
                break;
            }

            Assert.Equal("Next →", await next.InnerTextAsync()); // limits are ordered by service, not by date
            await next.ClickAsync();
        }

        Assert.Equal(10, seen.Distinct().Count()); // the seed's ten limits, each on one page

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Status", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/my-repo/status/");
        Assert.True(await page.Locator(".feature").CountAsync() > 0);
    }
}
