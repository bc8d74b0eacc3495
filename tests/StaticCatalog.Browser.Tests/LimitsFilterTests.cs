using Deque.AxeCore.Playwright;
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

    // The seed's ten limits: bit/s 400G (link speed), 100G, 20G and 5G (throughput, on pages 1, 2 and 3), 18P (WAN
    // capacity); packet/s 10M; count 20,000, 5,000 and 60; m 804,672,000 (500,000 miles).
    [Theory]
    [InlineData("metric=throughput&min=20Gbps", "100000000000 20000000000")]
    [InlineData("metric=throughput&min=20+gigabits+per+second", "100000000000 20000000000")]
    [InlineData("min=100gbps", "400000000000 100000000000 18000000000000000")]
    [InlineData("min=0.1+Tb%2Fs&max=400+Gbps", "400000000000 100000000000")]
    [InlineData("min=10+million+pps", "10000000")]
    [InlineData("min=10+Mpps", "10000000")]
    [InlineData("min=10M+pps", "10000000")]
    [InlineData("min=5%2C000", "20000 5000")]
    [InlineData("min=5k", "20000 5000")]
    [InlineData("max=5k", "5000 60")]
    [InlineData("min=500%2C000+km", "804672000")]
    [InlineData("metric=throughput&min=20000000000", "100000000000 20000000000")]
    public async Task A_url_with_a_range_restores_its_fields_and_shows_only_the_rows_inside_it(string query, string values)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new PageErrors(page);
        var expected = values.Split(' ');

        await page.GotoAsync(browser.Seed.Url("limits/?" + query));
        await page.Locator(".filter-count", new() { HasText = $"Showing {expected.Length} of 10." }).WaitForAsync();

        Assert.Equal(expected, await VisibleValues(page));
        Assert.Equal(10, await page.Locator("table.limits tbody tr").CountAsync());
        var fields = System.Web.HttpUtility.ParseQueryString(query);
        foreach (var name in fields.AllKeys)
        {
            Assert.Equal(fields[name], await page.Locator($"form.filters [name={name}]").InputValueAsync());
        }

        Assert.Equal(0, await page.Locator("form.filters [aria-invalid]").CountAsync());
        Assert.Equal(string.Empty, await page.Locator(".filter-note").TextContentAsync());
        Assert.Empty(errors.All);
    }

    [Fact]
    public async Task At_most_in_another_spelling_of_the_unit_filters_as_typed_and_goes_in_the_url()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url("limits/"));

        await page.GetByLabel("At most").FillAsync("0.02 Tb/s");
        await page.Locator(".filter-count", new() { HasText = "Showing 2 of 10." }).WaitForAsync();

        Assert.Equal(["20000000000", "5000000000"], await VisibleValues(page));
        Assert.Contains("max=0.02+Tb%2Fs", page.Url, StringComparison.Ordinal);
        Assert.StartsWith(browser.Seed.Url("limits/"), page.Url, StringComparison.Ordinal);

        await page.GetByLabel("At most").FillAsync("1 MiB");
        await page.Locator(".filter-count", new() { HasText = "Showing 0 of 10." }).WaitForAsync();
        Assert.Equal("At most: no limit here is in byte.", await page.Locator(".filter-note").InnerTextAsync());
    }

    [Fact]
    public async Task An_unreadable_value_is_flagged_and_left_out_instead_of_hiding_every_row()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new PageErrors(page);
        await page.GotoAsync(browser.Seed.Url("limits/?metric=throughput"));
        await page.Locator(".filter-count", new() { HasText = "Showing 3 of 10." }).WaitForAsync();
        var atLeast = page.GetByLabel("At least");

        await atLeast.FillAsync("abc");
        await page.Locator(".filter-note", new() { HasText = "abc" }).WaitForAsync();

        Assert.Equal("true", await atLeast.GetAttributeAsync("aria-invalid"));
        Assert.Equal("filter-note", await atLeast.GetAttributeAsync("aria-describedby"));
        Assert.Equal("At least: cannot read “abc” as a value with a unit, such as 100 Gbps, 10 ms, 1.5 TB or 5k. It is left out.", await page.Locator(".filter-note").InnerTextAsync());
        Assert.Equal("Showing 3 of 10.", await page.Locator(".filter-count").InnerTextAsync());
        Assert.True(await page.Locator(".filter-note").IsVisibleAsync());

        // Case aside, b is a bit and B a byte: "20 gb/s" is 20 Gbps (two rows), "20 gB/s" 160 Gbps (none).
        await atLeast.FillAsync("20 gb/s");
        await page.Locator(".filter-count", new() { HasText = "Showing 2 of 10." }).WaitForAsync();
        Assert.Null(await atLeast.GetAttributeAsync("aria-invalid"));
        await atLeast.FillAsync("20 gB/s");
        await page.Locator(".filter-count", new() { HasText = "Showing 0 of 10." }).WaitForAsync();

        await atLeast.FillAsync("50 Gbps");
        await page.Locator(".filter-count", new() { HasText = "Showing 1 of 10." }).WaitForAsync();
        Assert.Null(await atLeast.GetAttributeAsync("aria-invalid"));
        Assert.Null(await atLeast.GetAttributeAsync("aria-describedby"));
        Assert.False(await page.Locator(".filter-note").IsVisibleAsync());
        Assert.Empty(errors.All);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_with_the_range_fields_filled(ColorScheme scheme)
    {
        await using var context = await browser.NewContextAsync(scheme);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url("limits/?metric=throughput&min=20Gbps&max=lots"));
        await page.Locator(".filter-note", new() { HasText = "lots" }).WaitForAsync();
        Assert.Equal("Showing 2 of 10.", await page.Locator(".filter-count").InnerTextAsync());

        var result = await page.RunAxe();

        await Screenshots.SaveAsync(page, $"limits-range-{scheme.ToString().ToLowerInvariant()}");
        Assert.True(result.Violations.Length == 0, $"limits/ with a range in {scheme}:\n{AxeReport.Describe(result)}");
    }

    /// <summary>The normalized value of each shown row, in the table's order.</summary>
    private static Task<string[]> VisibleValues(IPage page) => page.Locator(VisibleRows).EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.value)");

    private static Task<IReadOnlyList<string>> VisibleRowTexts(IPage page) => page.Locator(VisibleRows).AllInnerTextsAsync();
}
