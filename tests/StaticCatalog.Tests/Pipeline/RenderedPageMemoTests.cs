using StaticCatalog.Catalog;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Output;
using StaticCatalog.Pipeline;
using StaticCatalog.Posts;
using StaticCatalog.Rendering;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Pipeline;

/// <summary>
/// What <c>serve</c> draws again after an edit: a page whose views are equal to those it was last drawn from is handed
/// on as it was; a page that shows the edited post, or any page after the theme or the site's own view changed, is drawn.
/// </summary>
[Trait("Category", "Unit")]
public sealed class RenderedPageMemoTests
{
    private static readonly TemplateSet Templates = TemplateSet.Load(new ThemeFiles(Support.RepoPaths.Theme, Support.RepoPaths.Input), new DiagnosticBag());

    [Fact]
    public void After_a_retitle_only_the_pages_that_show_the_post_are_drawn_again()
    {
        var memo = new RenderedPageMemo();
        var first = Drawn(memo, Site(("a.md", "Firewall gets faster", "Firewall"), ("b.md", "Storage news", "Storage"), ("c.md", "Archive notes", "Storage")));

        var drawn = Drawn(memo, Site(("a.md", "Firewall gets much faster", "Firewall"), ("b.md", "Storage news", "Storage"), ("c.md", "Archive notes", "Storage")));

        Assert.Contains("tags/firewall/index.html", drawn);
        Assert.Contains("index.html", drawn);
        Assert.Contains("posts/index.html", drawn);
        Assert.Contains("tags/storage/index.html", first);
        Assert.Contains("posts/2025/03/archive-notes/index.html", first);
        Assert.DoesNotContain("tags/storage/index.html", drawn);
        Assert.DoesNotContain("posts/2025/03/archive-notes/index.html", drawn);
    }

    [Fact]
    public void The_same_site_again_draws_nothing_and_a_new_theme_draws_everything()
    {
        var site = Site(("a.md", "Firewall gets faster", "Firewall"), ("b.md", "Storage news", "Storage"));
        var memo = Remembered(site);

        Assert.Empty(Drawn(memo, Site(("a.md", "Firewall gets faster", "Firewall"), ("b.md", "Storage news", "Storage"))));

        var reloaded = TemplateSet.Load(new ThemeFiles(Support.RepoPaths.Theme, Support.RepoPaths.Input), new DiagnosticBag());
        Assert.Equal(new PagePlanner(site).Plan().Count, Drawn(memo, site, reloaded).Count);
    }

    [Fact]
    public void A_new_post_changes_the_site_view_so_every_page_is_drawn()
    {
        var memo = Remembered(Site(("a.md", "Firewall gets faster", "Firewall"), ("b.md", "Storage news", "Storage")));
        var grown = Site(("a.md", "Firewall gets faster", "Firewall"), ("b.md", "Storage news", "Storage"), ("c.md", "Archive notes", "Storage"));

        Assert.Equal(new PagePlanner(grown).Plan().Count, Drawn(memo, grown).Count);
    }

    private static RenderedPageMemo Remembered(SiteModel site)
    {
        var memo = new RenderedPageMemo();
        Drawn(memo, site);
        return memo;
    }

    /// <summary>Runs the site's pages through the memo as the pages output does; returns the files of the pages it had to draw.</summary>
    private static List<string> Drawn(RenderedPageMemo memo, SiteModel site, TemplateSet? templates = null)
    {
        var planner = new PagePlanner(site);
        memo.Begin(templates ?? Templates, planner.SiteView());
        var drawn = new List<string>();
        foreach (var spec in planner.Plan())
        {
            var model = spec.MakeModel();
            if (memo.Find(spec, model) is null)
            {
                drawn.Add(SitePaths.FileOf(spec.SitePath));
                memo.Remember(spec, model, new OutputFile(SitePaths.FileOf(spec.SitePath), []));
            }
        }

        return drawn;
    }

    private static SiteModel Site(params (string File, string Title, string Tag)[] posts)
    {
        var month = 0;
        var parsed = posts.Select(p => new Post
        {
            SourcePath = "seeds/" + p.File,
            RelativePath = p.File,
            Title = p.Title,
            Date = new DateTimeOffset(2025, ++month, 10, 0, 0, 0, TimeSpan.Zero),
            Tags = [p.Tag],
            Slug = Slugify(p.Title),
            LongSlug = Slugify(p.Title),
            ContentHtml = $"<p>{p.Title}.</p>",
            ExcerptHtml = "",
            ExcerptText = p.Title,
            Catalog = PostCatalog.Empty,
        }).ToList();
        return SiteAssembler.Assemble(parsed, new SiteConfig(), SiteUrl.Root, ServiceTaxonomy.Empty, new DiagnosticBag());
    }

    private static string Slugify(string title) => title.ToLowerInvariant().Replace(' ', '-');
}
