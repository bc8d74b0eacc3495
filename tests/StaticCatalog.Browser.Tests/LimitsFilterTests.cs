using Microsoft.Playwright;
using StaticCatalog.Browser.Tests.Support;

namespace StaticCatalog.Browser.Tests;

/// <summary>The limits index: filters and sorting that change what is shown, a live count, and a URL that restores the view.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LimitsFilterTests(BrowserFixture browser)
{
    private const string VisibleRows = "table.limits tbody tr:not([hidden])";

    [Fact]
    public async Task Filtering_by_service_shows_only_its_limits_and_counts_them()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url("limits/"));
        var all = await page.Locator(VisibleRows).CountAsync();

        await page.Locator("select[name=service]").SelectOptionAsync("nat-gateway");

        var rows = page.Locator(VisibleRows);
        var shown = await rows.CountAsync();
        Assert.InRange(shown, 1, all - 1);
        foreach (var service in await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.service)"))
        {
            Assert.Equal("nat-gateway", service);
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
        var rows = await VisibleRowTexts(page);
        var count = await page.Locator(".filter-count").InnerTextAsync();

        var shared = page.Url;
        Assert.Contains("category=networking", shared);
        Assert.Contains("sort=value-asc", shared);
        Assert.Contains("q=gbps", shared);

        var other = await (await browser.NewContextAsync()).NewPageAsync();
        await other.GotoAsync(shared);

        Assert.Equal(rows, await VisibleRowTexts(other));
        Assert.Equal(count, await other.Locator(".filter-count").InnerTextAsync());
        Assert.Equal("networking", await other.Locator("select[name=category]").InputValueAsync());
        Assert.Equal("value-asc", await other.Locator("select[name=sort]").InputValueAsync());
        Assert.Equal("gbps", await other.Locator("form.filters input[name=q]").InputValueAsync());
        await other.Context.CloseAsync();
    }

    private static Task<IReadOnlyList<string>> VisibleRowTexts(IPage page) => page.Locator(VisibleRows).AllInnerTextsAsync();
}
