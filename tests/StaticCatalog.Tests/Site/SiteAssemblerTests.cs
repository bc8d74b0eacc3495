using StaticCatalog.Catalog;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Posts;
using StaticCatalog.Site;
using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Site;

[Trait("Category", "Unit")]
public sealed class SiteAssemblerTests
{
    private static Post Post(string relativePath, string title, string date, string[]? tags = null, string? slug = null, string? longSlug = null) => new()
    {
        SourcePath = "seeds/" + relativePath,
        RelativePath = relativePath,
        Title = title,
        Date = DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
        Tags = tags ?? [],
        Slug = slug ?? Slugifier.SlugifyShort(title, SitePaths.MaxPostSlugLength),
        LongSlug = longSlug ?? Slugifier.SlugifyShort(title, SitePaths.MaxLongPostSlugLength),
        ContentHtml = "<p>x</p>",
        ExcerptHtml = "",
        ExcerptText = "",
    };

    private static SiteModel Assemble(DiagnosticBag diagnostics, params Post[] posts) =>
        SiteAssembler.Assemble(posts, new SiteConfig(), SiteUrl.Root, ServiceTaxonomy.Empty, diagnostics);

    [Fact]
    public void Posts_are_newest_first()
    {
        var site = Assemble(new DiagnosticBag(),
            Post("a.md", "Old", "2025-01-01T00:00:00Z"),
            Post("b.md", "New", "2025-06-01T00:00:00Z"),
            Post("c.md", "Middle", "2025-03-01T00:00:00Z"));

        Assert.Equal(["New", "Middle", "Old"], site.Posts.Select(p => p.Post.Title));
    }

    [Fact]
    public void Two_posts_with_the_same_url_are_both_kept_with_distinct_urls_and_a_warning()
    {
        var diagnostics = new DiagnosticBag();
        var site = Assemble(diagnostics,
            Post("z-second.md", "Same Title", "2025-01-05T00:00:00Z"),
            Post("a-first.md", "Same Title", "2025-01-09T00:00:00Z"));

        var paths = site.Posts.ToDictionary(p => p.Post.RelativePath, p => p.SitePath);
        Assert.Equal("posts/2025/01/same-title/", paths["a-first.md"]);
        Assert.Equal("posts/2025/01/same-title-2/", paths["z-second.md"]);
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(
            "seeds/z-second.md(1,1): warning SC2001: /posts/2025/01/same-title/ is already the URL of seeds/a-first.md; this post is at /posts/2025/01/same-title-2/",
            warning.ToString());
    }

    [Fact]
    public void Titles_only_cut_to_the_same_slug_get_their_longer_slug_without_a_warning()
    {
        var diagnostics = new DiagnosticBag();
        var site = Assemble(diagnostics,
            Post("1.md", "Introducing Microsoft Agent Framework: Streamlining Multi-Agent Systems", "2025-10-01T00:00:00Z"),
            Post("2.md", "Introducing Microsoft Agent Framework: The Open-Source Engine", "2025-10-01T00:00:00Z"));

        var paths = site.Posts.ToDictionary(p => p.Post.RelativePath, p => p.SitePath);
        Assert.Equal("posts/2025/10/introducing-microsoft-agent-framework/", paths["1.md"]);
        Assert.Equal("posts/2025/10/introducing-microsoft-agent-framework-the-open-source-engine/", paths["2.md"]);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void Tags_that_differ_only_in_case_are_one_tag_named_as_most_posts_write_it()
    {
        var site = Assemble(new DiagnosticBag(),
            Post("a.md", "A", "2025-01-01T00:00:00Z", ["GitHub Copilot"]),
            Post("b.md", "B", "2025-01-02T00:00:00Z", ["Github Copilot"]),
            Post("c.md", "C", "2025-01-03T00:00:00Z", ["GitHub Copilot"]));

        var tag = Assert.Single(site.Tags);
        Assert.Equal("GitHub Copilot", tag.Name);
        Assert.Equal("tags/github-copilot/", tag.SitePath);
        Assert.Equal(["C", "B", "A"], tag.Posts.Select(p => p.Post.Title));
        Assert.All(site.Posts, p => Assert.Equal("GitHub Copilot", Assert.Single(p.Tags).Name));
    }

    [Fact]
    public void Sections_and_feeds_are_grouped_like_tags()
    {
        var post = Post("a.md", "A", "2025-01-01T00:00:00Z") with { SectionNames = ["ai", "azure"], FeedName = "The Azure Blog" };
        var site = Assemble(new DiagnosticBag(), post);

        Assert.Equal(["sections/ai/", "sections/azure/"], site.Sections.Select(s => s.SitePath));
        Assert.Equal("feeds/the-azure-blog/", Assert.Single(site.Feeds).SitePath);
        Assert.Equal("The Azure Blog", site.Posts[0].Feed?.Name);
    }

    [Fact]
    public void Section_titles_from_site_yml_name_the_section_pages()
    {
        var post = Post("a.md", "A", "2025-01-01T00:00:00Z") with { SectionNames = ["github-copilot", "ml"] };
        var config = new SiteConfig { SectionTitles = new Dictionary<string, string> { ["github-copilot"] = "GitHub Copilot" } };

        var site = SiteAssembler.Assemble([post], config, SiteUrl.Root, ServiceTaxonomy.Empty, new DiagnosticBag());

        Assert.Equal(["GitHub Copilot", "ml"], site.Sections.Select(s => s.Name));
        Assert.Equal("sections/github-copilot/", site.Sections[0].SitePath);
        Assert.Equal(["GitHub Copilot", "ml"], site.Posts[0].Sections.Select(s => s.Name));
    }

    [Fact]
    public void A_tag_in_a_script_with_no_ascii_folding_keeps_its_letters()
    {
        var site = Assemble(new DiagnosticBag(), Post("a.md", "A", "2025-01-01T00:00:00Z", ["日本語", "Сеть"]));

        Assert.Equal(["tags/сеть/", "tags/日本語/"], site.Tags.Select(t => t.SitePath));
    }

    [Fact]
    public void A_tag_with_no_letters_or_digits_still_gets_a_stable_page()
    {
        var site = Assemble(new DiagnosticBag(), Post("a.md", "A", "2025-01-01T00:00:00Z", ["!!!"]));

        var tag = Assert.Single(site.Tags);
        Assert.Matches("^tags/term-[0-9a-f]{8}/$", tag.SitePath);
        Assert.Equal(tag.SitePath, Assemble(new DiagnosticBag(), Post("b.md", "B", "2025-01-01T00:00:00Z", ["!!!"])).Tags[0].SitePath);
    }
}
