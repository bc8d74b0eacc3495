using Microsoft.Playwright;
using StaticCatalog.Browser.Tests.Support;

namespace StaticCatalog.Browser.Tests;

/// <summary>The colour scheme: the system's by default, the reader's choice once made, kept across pages and reloads.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ThemeTests(BrowserFixture browser)
{
    private const string Background = "() => getComputedStyle(document.body).backgroundColor";

    [Theory]
    [InlineData(ColorScheme.Light, "rgb(255, 255, 255)")]
    [InlineData(ColorScheme.Dark, "rgb(15, 20, 25)")]
    public async Task The_page_follows_the_system_scheme(ColorScheme scheme, string background)
    {
        await using var context = await browser.NewContextAsync(scheme);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url(""));

        Assert.Equal(background, await page.EvaluateAsync<string>(Background));
        Assert.Equal(scheme == ColorScheme.Dark ? "true" : "false", await Toggle(page).GetAttributeAsync("aria-pressed"));
    }

    [Fact]
    public async Task The_dark_mode_toggle_survives_a_reload_and_other_pages()
    {
        await using var context = await browser.NewContextAsync(ColorScheme.Light);
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url(""));
        var light = await page.EvaluateAsync<string>(Background);

        await Toggle(page).ClickAsync();
        var dark = await page.EvaluateAsync<string>(Background);
        await page.ReloadAsync();

        Assert.NotEqual(light, dark);
        Assert.Equal(dark, await page.EvaluateAsync<string>(Background));
        Assert.Equal("true", await Toggle(page).GetAttributeAsync("aria-pressed"));
        await page.GotoAsync(browser.Seed.Url("limits/"));
        Assert.Equal(dark, await page.EvaluateAsync<string>(Background));

        await Toggle(page).ClickAsync();
        await page.ReloadAsync();
        Assert.Equal(light, await page.EvaluateAsync<string>(Background));
    }

    private static ILocator Toggle(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" });
}
