using Microsoft.Playwright;
using StaticCatalog.Browser.Tests.Support;

namespace StaticCatalog.Browser.Tests;

/// <summary>Search from the header of any page, under the project path: results as you type, highlighted, by keyboard.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SearchTests(BrowserFixture browser)
{
    [Fact]
    public async Task Typing_nat_gateway_finds_the_nat_gateway_figures()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new PageErrors(page);
        await page.GotoAsync(browser.Seed.Url("status/"));

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search posts, services and tags" });
        await box.PressSequentiallyAsync("nat gateway", new() { Delay = 30 });

        var results = page.GetByRole(AriaRole.Listbox, new() { Name = "Search results" });
        var first = results.GetByRole(AriaRole.Option).First;
        await first.WaitForAsync();
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        Assert.Contains("Azure NAT Gateway", await first.InnerTextAsync());
        Assert.Contains("100 Gbps", await first.InnerTextAsync());
        var marked = await results.Locator("mark").AllInnerTextsAsync();
        Assert.Contains(marked, m => m.Equals("NAT", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(marked, m => m.Equals("Gateway", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(await results.GetByRole(AriaRole.Option).AllInnerTextsAsync(), o => o.Contains("Azure Networking: Latest Updates", StringComparison.Ordinal));

        await box.PressAsync("ArrowDown");
        Assert.Equal(await first.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        await box.PressAsync("Enter");

        await page.WaitForURLAsync("**/my-repo/services/nat-gateway/");
        Assert.Empty(errors.All);
    }

    [Fact]
    public async Task Escape_closes_the_results_and_the_search_page_lists_them_all()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url(""));
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search posts, services and tags" });
        await box.PressSequentiallyAsync("private link");
        await page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option).First.WaitForAsync();

        await box.PressAsync("Escape");
        Assert.Equal("false", await box.GetAttributeAsync("aria-expanded"));

        await page.GotoAsync(browser.Seed.Url("search/?q=private+link"));
        var list = page.Locator("[data-search-results] a");
        await list.First.WaitForAsync();
        Assert.Contains(await list.AllInnerTextsAsync(), t => t.Contains("Azure Private Link", StringComparison.Ordinal));
        Assert.Equal("private link", await page.Locator("form.site-search input[type=search]").InputValueAsync());
    }
}
