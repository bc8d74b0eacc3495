using System.Net;
using StaticCatalog.Rendering;
using StaticCatalog.Rendering.Paging;
using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Rendering;

/// <summary>The one paginator: pages by count and by bytes, at the URLs lists always had, and the budget parts share.</summary>
[Trait("Category", "Unit")]
public sealed class PaginatorTests
{
    private static readonly SiteUrl Url = SiteUrl.TryParse("/my-repo/", out _)!;

    [Fact]
    public void A_list_is_cut_by_count_when_its_entries_are_small()
    {
        var breaks = PageBreaks.Split(Enumerable.Repeat(100, 45).ToList(), perPage: 20, budget: 1_000_000);

        Assert.Equal([(0, 20), (20, 20), (40, 5)], breaks);
    }

    [Fact]
    public void A_page_stops_before_its_entries_pass_the_budget()
    {
        var breaks = PageBreaks.Split([100, 100, 100, 100, 100], perPage: 20, budget: 250);

        Assert.Equal([(0, 2), (2, 2), (4, 1)], breaks);
    }

    [Fact]
    public void An_entry_larger_than_the_budget_is_alone_on_its_page_and_nothing_is_lost()
    {
        var breaks = PageBreaks.Split([10, 5000, 10, 10], perPage: 20, budget: 100);

        Assert.Equal([(0, 1), (1, 1), (2, 2)], breaks);
    }

    [Fact]
    public void An_empty_list_is_one_empty_page()
    {
        var pages = new Paginator(Url).Paginate("posts/", Array.Empty<string>(), 20, _ => 10);

        var page = Assert.Single(pages);
        Assert.Equal("posts/", page.SitePath);
        Assert.Empty(page.Items);
    }

    [Fact]
    public void Page_one_is_the_folder_and_page_n_is_below_page_with_a_pager_linking_them()
    {
        var paginator = new Paginator(Url);
        var pages = paginator.Paginate("tags/azure/", Enumerable.Range(0, 50).ToList(), 20, _ => 100);

        Assert.Equal(["tags/azure/", "tags/azure/page/2/", "tags/azure/page/3/"], pages.Select(p => p.SitePath));
        Assert.Equal(Enumerable.Range(0, 50), pages.SelectMany(p => p.Items));
        var pager = paginator.Pager("tags/azure/", pages[1]);
        Assert.Equal("/my-repo/tags/azure/", pager.PreviousUrl);
        Assert.Equal("/my-repo/tags/azure/page/3/", pager.NextUrl);
        Assert.Equal(3, pager.Pages.Count);
        Assert.Equal("Tag (page 2 of 3)", pages[1].Title("Tag"));
        Assert.Equal("Tag", pages[0].Title("Tag"));
    }

    [Theory]
    [InlineData(10, 40, "1 … 8 9 [10] 11 12 … 40")]
    [InlineData(1, 40, "[1] 2 3 … 40")]
    [InlineData(4, 40, "1 2 3 [4] 5 6 … 40")]
    [InlineData(40, 40, "1 … 38 39 [40]")]
    [InlineData(1, 5, "[1] 2 3 4 5")]
    [InlineData(2, 2, "1 [2]")]
    public void A_long_pager_shows_the_first_and_last_pages_and_two_on_each_side_of_the_current_one(int current, int total, string expected)
    {
        var pager = new Paginator(Url).Pager("tags/ai/", current, total);

        var shown = string.Join(" ", pager.Pages.Select(p => p.IsGap ? "…" : p.IsCurrent ? $"[{p.Number}]" : p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, shown);
        Assert.All(pager.Pages.Where(p => !p.IsGap && !p.IsCurrent), p => Assert.Equal(p.Number == 1 ? "/my-repo/tags/ai/" : $"/my-repo/tags/ai/page/{p.Number}/", p.Url));
    }

    [Fact]
    public void Entries_of_ten_kilobytes_are_paged_so_that_each_page_stays_in_the_budget_with_its_pager()
    {
        var pages = new Paginator(Url).Paginate("posts/", Enumerable.Range(0, 400).ToList(), 20, _ => 10_000);

        Assert.All(pages, p => Assert.InRange(p.Items.Count * 10_000, 1, PageBounds.ContentBudget));
        Assert.True(pages.Count > 20, $"{pages.Count} pages");
        Assert.Equal(400, pages.Sum(p => p.Items.Count));
    }

    [Fact]
    public void Parts_that_all_fit_get_what_they_need_and_a_long_part_cannot_crowd_out_the_others()
    {
        Assert.Equal([10L, 20L, 30L], new ByteBudget(100).Shares([10, 20, 30]));
        Assert.Equal([10L, 45L, 45L], new ByteBudget(100).Shares([10, 1000, 50]));
    }

    [Theory]
    [InlineData("plain words")]
    [InlineData("&&&&&<<<>>>\"\"\"'''")]
    [InlineData("Azureネットワークの最新情報、日本語のタイトル")]
    [InlineData("café crème brûlée — ½ · ©")]
    [InlineData("emoji 🚀🔥 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢")]
    public void The_size_estimate_of_a_text_is_never_below_its_escaped_utf8_size(string text)
    {
        var escaped = System.Text.Encoding.UTF8.GetByteCount(WebUtility.HtmlEncode(text));
        var scriban = System.Text.Encoding.UTF8.GetByteCount(Scriban.Template.Parse("{{ x | html.escape }}").Render(new { x = text }));

        Assert.True(HtmlSize.Text(text) >= Math.Max(escaped, scriban), $"{HtmlSize.Text(text)} < {Math.Max(escaped, scriban)}");
    }
}
