using Microsoft.Playwright;
using StaticCatalog.Browser.Tests.Support;

namespace StaticCatalog.Browser.Tests;

/// <summary>The limits index: filters and sorting that change what is shown, a live count, and a URL that restores the view.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class LimitsFilterTests(BrowserFixture browser)
{
    private const string VisibleRows = "table.limits tbody tr:not([hidden])";

    [Fact]
    public async Task The_first_page_shows_its_rows_and_says_a_filter_searches_them_all()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url("limits/"));

        Assert.Equal(BrowserFixture.SeedLimitsPerPage, await page.Locator(VisibleRows).CountAsync());
        Assert.Equal("Showing this page's 4 of 10; a filter searches all 10.", await page.Locator(".filter-count").InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).IsVisibleAsync());
    }

    [Fact]
    public async Task Filtering_by_service_finds_its_limits_on_every_page_and_counts_them()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new PageErrors(page);
        await page.GotoAsync(browser.Seed.Url("limits/"));
        var onFirstPage = await page.Locator("table.limits tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.service)");
        await page.GotoAsync(browser.Seed.Url("limits/page/2/"));
        var later = await page.Locator("table.limits tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.service)");
        var service = later.First(s => s.Length > 0 && !onFirstPage.Contains(s));
        await page.GotoAsync(browser.Seed.Url("limits/"));
        var all = int.Parse((await page.Locator("form.filters").GetAttributeAsync("data-total"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, await page.Locator(VisibleRows + $"[data-service={service}]").CountAsync());

        await page.Locator("select[name=service]").SelectOptionAsync(service);
        await page.Locator(".filter-count", new() { HasText = $" of {all}." }).WaitForAsync();

        var rows = page.Locator(VisibleRows);
        var shown = await rows.CountAsync();
        Assert.True(shown > 0, $"the rows of {service}, on the last page, were loaded and shown");
        Assert.Equal(all, await page.Locator("table.limits tbody tr").CountAsync());
        Assert.False(await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).IsVisibleAsync());
        Assert.Empty(errors.All);
        foreach (var shownService in await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.service)"))
        {
            Assert.Equal(service, shownService);
        }

        Assert.Equal($"Showing {shown} of {all}.", await page.Locator(".filter-count").InnerTextAsync());
    }

    [Fact]
    public async Task Sorting_by_value_orders_each_unit_largest_first()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url("limits/"));

        await page.Locator("select[name=sort]").SelectOptionAsync("value-desc");
        await page.Locator(".filter-count", new() { HasText = "Showing all" }).WaitForAsync();

        var rows = await page.Locator(VisibleRows).EvaluateAllAsync<string[][]>("rs => rs.map(r => [r.dataset.unit, r.dataset.value])");
        Assert.True(rows.Length > 2);
        var expected = rows.OrderBy(r => r[0], StringComparer.Ordinal).ThenByDescending(r => double.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Select(r => string.Join(' ', r)), rows.Select(r => string.Join(' ', r)));
    }

    [Fact]
    public async Task The_url_query_restores_the_same_filtered_and_sorted_view()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url("limits/"));
        await page.Locator("select[name=category]").SelectOptionAsync("networking");
        await page.Locator("select[name=sort]").SelectOptionAsync("value-asc");
        await page.Locator("form.filters input[name=q]").FillAsync("gbps");
        await page.Locator(".filter-count", new() { HasText = " of 10." }).WaitForAsync();
        var rows = await VisibleRowTexts(page);
        var count = await page.Locator(".filter-count").InnerTextAsync();

        var shared = page.Url;
        Assert.Contains("category=networking", shared);
        Assert.Contains("sort=value-asc", shared);
        Assert.Contains("q=gbps", shared);

        var other = await (await browser.NewContextAsync()).NewPageAsync();
        await other.GotoAsync(shared);
        await other.Locator(".filter-count", new() { HasText = count }).WaitForAsync();

        Assert.Equal(rows, await VisibleRowTexts(other));
        Assert.Equal(count, await other.Locator(".filter-count").InnerTextAsync());
        Assert.Equal("networking", await other.Locator("select[name=category]").InputValueAsync());
        Assert.Equal("value-asc", await other.Locator("select[name=sort]").InputValueAsync());
        Assert.Equal("gbps", await other.Locator("form.filters input[name=q]").InputValueAsync());
        await other.Context.CloseAsync();
    }

    private static Task<IReadOnlyList<string>> VisibleRowTexts(IPage page) => page.Locator(VisibleRows).AllInnerTextsAsync();
}
