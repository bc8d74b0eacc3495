using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StaticCatalog.Browser.Tests.Support;
using StaticCatalog.Tests.Support;

namespace StaticCatalog.Browser.Tests;

/// <summary>
/// Every kind of page of the corpus sample, served under /my-repo/: no console errors, no axe violations in
/// either colour scheme, no horizontal scroll on a 360 px phone. Each check saves a screenshot.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PageTypeTests(BrowserFixture browser)
{
    public static TheoryData<string> Kinds =>
    [
        "home", "post", "archive", "service", "services", "limits", "status", "features", "feature", "insights", "retirements",
        "tag", "tag-index", "section", "section-index", "feed", "feed-index", "kind", "kind-index", "not-found", "search",
    ];

    public static TheoryData<string, ColorScheme> KindsInBothSchemes()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var kind in Kinds)
        {
            data.Add(kind, ColorScheme.Light);
            data.Add(kind, ColorScheme.Dark);
        }

        return data;
    }

    private SiteUnderTest Site => browser.Sample!;

    [CorpusTheory]
    [MemberData(nameof(KindsInBothSchemes))]
    public async Task Axe_finds_no_violations(string kind, ColorScheme scheme)
    {
        await using var context = await browser.NewContextAsync(scheme);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.UrlOf(kind));

        var result = await page.RunAxe();

        await Screenshots.SaveAsync(page, $"{kind}-{scheme.ToString().ToLowerInvariant()}");
        Assert.True(result.Violations.Length == 0, $"{Site.UrlOf(kind)} in {scheme}:\n{AxeReport.Describe(result)}");
    }

    [Fact]
    public async Task Axe_reports_a_control_without_a_label()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(browser.Seed.Url(""));
        await page.EvaluateAsync("() => document.querySelector('main').append(document.createElement('input'))");

        var result = await page.RunAxe();

        Assert.Contains(result.Violations, v => v.Id == "label");
    }

    [CorpusTheory]
    [MemberData(nameof(Kinds))]
    public async Task Page_loads_without_console_errors(string kind)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new PageErrors(page);

        var response = await page.GotoAsync(Site.UrlOf(kind), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(200, response!.Status);
        Assert.Empty(errors.All);
    }

    [CorpusTheory]
    [MemberData(nameof(Kinds))]
    public async Task Phone_viewport_has_no_horizontal_scroll(string kind)
    {
        await using var context = await browser.NewContextAsync(width: 360, height: 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.UrlOf(kind));

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

        await Screenshots.SaveAsync(page, $"{kind}-phone");
        Assert.True(overflow <= 0, $"{Site.UrlOf(kind)} is {overflow}px wider than a 360px phone");
    }
}
