using StaticCatalog.Checking;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Checking;

/// <summary>
/// <c>staticcatalog check</c> on a small hand-made site: the valid site has no diagnostic, and each kind of
/// problem, made once, is reported with its code at its file, line and column.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SiteCheckerTests : IDisposable
{
    private readonly HandMadeSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string Index = "index.html";
    private const string Post = HandMadeSite.PostPage;

    [Fact]
    public void The_valid_site_has_no_diagnostics_and_its_base_path_comes_from_the_home_page()
    {
        var result = _site.Check();

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
        Assert.Equal("/my-repo/", result.SiteUrl.BasePath);
        Assert.Equal(HandMadeSite.BaseUrl, result.SiteUrl.AbsoluteRoot);
        Assert.Equal(4, result.PagesChecked);
        Assert.Equal(1, result.FeedsChecked);
        Assert.True(result.LinksChecked > 30, $"{result.LinksChecked} links checked");
    }

    [Fact]
    public void A_missing_nojekyll_is_reported()
    {
        _site.Delete(".nojekyll");

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.MissingSiteFile, ".nojekyll", (0, 0));
        Assert.Contains("Jekyll", diagnostic.Message);
    }

    [Fact]
    public void A_missing_folder_is_one_diagnostic()
    {
        var missing = _site.Folder.Combine("no-such-site");

        var result = SiteChecker.Check(missing);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingSiteFile, diagnostic.Code);
        Assert.Equal(missing, diagnostic.Path);
        Assert.Equal(0, result.PagesChecked);
    }

    [Fact]
    public void A_link_to_a_page_the_site_does_not_have_is_broken()
    {
        _site.Replace(Index, "href=\"/my-repo/posts/2025/12/hello/\"", "href=\"/my-repo/posts/2025/12/gone/\"");

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.BrokenLink, Index, _site.Find(Index, "<a href=\"/my-repo/posts/2025/12/gone/\""));
        Assert.Contains("'/my-repo/posts/2025/12/gone/'", diagnostic.Message);
    }

    [Fact]
    public void A_root_relative_link_outside_the_base_path_is_broken_even_when_the_file_exists()
    {
        _site.Replace(Index, "href=\"/my-repo/posts/2025/12/hello/\"", "href=\"/posts/2025/12/hello/\"");

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.BrokenLink, Index, _site.Find(Index, "<a href=\"/posts/2025/12/hello/\""));
        Assert.Contains("outside the base path /my-repo/", diagnostic.Message);
    }

    [Fact]
    public void A_broken_image_in_a_srcset_is_found()
    {
        _site.Replace(Index, "assets/logo@2x.png 2x", "assets/logo@3x.png 2x");

        _site.CheckExpectingOne(DiagnosticCodes.BrokenLink, Index, _site.Find(Index, "<img"));
    }

    [Fact]
    public void A_fragment_that_names_no_id_on_its_own_page_is_broken()
    {
        _site.Replace(Post, "<a href=\"#f-feature-one\">", "<a href=\"#f-feature-two\">");

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.BrokenFragment, Post, _site.Find(Post, "<a href=\"#f-feature-two\">"));
        Assert.Contains("#f-feature-two", diagnostic.Message);
    }

    [Fact]
    public void A_fragment_that_names_no_id_on_another_page_is_broken()
    {
        _site.Replace(Index, "posts/2025/12/hello/#limits", "posts/2025/12/hello/#limitz");

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.BrokenFragment, Index, _site.Find(Index, "<a href=\"posts/2025/12/hello/#limitz\""));
        Assert.Contains(Post, diagnostic.Message);
    }

    [Fact]
    public void Relative_links_resolve_against_the_page_folder()
    {
        _site.Replace(Post, "<a href=\"../../../\">Posts</a>",
            "<a href=\"../../../\">Posts</a> <a href=\"../../../../posts/2025/12/hello/#limits\">x</a> <a href=\"./../hello/./#old-anchor\">y</a> <a href=\"../../../index.html?x=1#main\">z</a>");
        Assert.Empty(_site.Check().Diagnostics);

        _site.Replace(Post, "<a href=\"../../../\">Posts</a>", "<a href=\"../../\">Posts</a>");
        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.BrokenLink, Post, _site.Find(Post, "<a href=\"../../\">"));
        Assert.Contains("/my-repo/posts/2025/", diagnostic.Message);
    }

    [Fact]
    public void Relative_links_that_climb_above_the_base_path_leave_it()
    {
        _site.Replace(Post, "<a href=\"../../../../\">Home</a>", "<a href=\"../../../../../\">Home</a>");

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.BrokenLink, Post, _site.Find(Post, "<a href=\"../../../../../\">"));
        Assert.Contains("outside the base path", diagnostic.Message);
    }

    [Fact]
    public void Mis_nested_html_is_a_parse_error_at_the_end_tag()
    {
        _site.Replace(Post, "up to 100 Gbps.</p>", "up to <b>100 Gbps.</p></b>");

        var diagnostics = _site.Check().Diagnostics;

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.InvalidHtml, d.Code));
        Assert.All(diagnostics, d => Assert.Equal(_site.PathOf(Post), d.Path));
        Assert.Equal(_site.Find(Post, "</p></b>"), (diagnostics[0].Line, diagnostics[0].Column));
        Assert.Contains("TagDoesNotMatchCurrentNode", diagnostics[0].Message);
    }

    [Fact]
    public void An_unclosed_element_is_a_parse_error()
    {
        _site.Replace(Post, "<h1 id=\"post-title\">Hello</h1>", "<h1 id=\"post-title\">Hello<div class=\"x\"></h1>");

        var diagnostics = _site.Check().Diagnostics;

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.InvalidHtml, d.Code));
        Assert.Equal(_site.Find(Post, "</h1>").Line, diagnostics[0].Line);
    }

    [Fact]
    public void A_page_without_a_doctype_is_a_parse_error_at_its_start()
    {
        _site.Replace("posts/index.html", "<!DOCTYPE html>\n", string.Empty);

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.InvalidHtml, "posts/index.html", (1, 1));
        Assert.Contains("DoctypeMissing", diagnostic.Message);
    }

    [Theory]
    [InlineData("<title>Hello · Test site</title>\n", "<head>", "no <title>")]
    [InlineData("<title>Hello · Test site</title>", "<title>", "<title> is empty")]
    [InlineData("<meta name=\"description\" content=\"A post with a feature and a limit.\">\n", "<head>", "no <meta name=\"description\">")]
    [InlineData("content=\"A post with a feature and a limit.\"", "<meta name=\"description\"", "has no content")]
    [InlineData("<html lang=\"en\">", "<html", "no lang")]
    public void A_page_without_its_title_description_or_language_is_reported(string removed, string at, string message)
    {
        var replacement = removed switch
        {
            "<title>Hello · Test site</title>" => "<title> </title>",
            "content=\"A post with a feature and a limit.\"" => "content=\"\"",
            "<html lang=\"en\">" => "<html>",
            _ => string.Empty,
        };
        _site.Replace(Post, removed, replacement);

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.MissingPageMetadata, Post, _site.Find(Post, at));
        Assert.Contains(message, diagnostic.Message);
    }

    [Fact]
    public void A_feed_that_is_not_well_formed_is_reported_where_the_xml_parser_stopped()
    {
        _site.Replace("feed.xml", "<title>Hello</title>", "<title>Hello</titel>");

        var (line, column) = _site.Find("feed.xml", "</titel>");
        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.InvalidFeed, "feed.xml", (line, column + 2));
        Assert.Contains("not well-formed", diagnostic.Message);
    }

    [Fact]
    public void A_feed_entry_without_an_id_is_reported_at_the_entry()
    {
        _site.Replace("feed.xml", "    <id>https://user.github.io/my-repo/posts/2025/12/hello/</id>\n", string.Empty);

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.InvalidFeed, "feed.xml", _site.Find("feed.xml", "<entry"));
        Assert.Contains("no <id>", diagnostic.Message);
    }

    [Fact]
    public void A_feed_date_that_is_not_rfc_3339_is_reported()
    {
        _site.Replace("feed.xml", "<published>2025-12-01T17:00:00+00:00</published>", "<published>Mon, 01 Dec 2025 17:00:00 GMT</published>");

        _site.CheckExpectingOne(DiagnosticCodes.InvalidFeed, "feed.xml", _site.Find("feed.xml", "<published>"));
    }

    [Fact]
    public void A_feed_link_to_a_missing_page_is_a_broken_link_resolved_against_xml_base()
    {
        _site.Replace("feed.xml", "href=\"hello/\"", "href=\"goodbye/\"");

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.BrokenLink, "feed.xml", _site.Find("feed.xml", "<link rel=\"alternate\""));
        Assert.Contains("/my-repo/posts/2025/12/goodbye/", diagnostic.Message);
    }

    [Fact]
    public void A_sitemap_that_lists_a_missing_page_has_a_broken_link()
    {
        _site.Replace("sitemap.xml", "</urlset>", "  <url><loc>https://user.github.io/my-repo/archive/</loc></url>\n</urlset>");

        _site.CheckExpectingOne(DiagnosticCodes.BrokenLink, "sitemap.xml", _site.Find("sitemap.xml", "<loc>https://user.github.io/my-repo/archive/"));
    }

    [Fact]
    public void A_sitemap_that_lists_a_page_twice_is_reported_at_the_second()
    {
        _site.Replace("sitemap.xml", "<url><loc>https://user.github.io/my-repo/posts/</loc></url>",
            "<url><loc>https://user.github.io/my-repo/posts/</loc></url>\n  <url><loc>/my-repo/posts/index.html</loc></url>");

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.InvalidSitemap, "sitemap.xml", _site.Find("sitemap.xml", "<loc>/my-repo/posts/index.html"));
        Assert.Contains("posts/index.html is listed twice (first at sitemap.xml line 4)", diagnostic.Message);
    }

    [Fact]
    public void A_page_the_sitemap_leaves_out_is_reported_at_the_sitemap()
    {
        _site.Replace("sitemap.xml", "  <url><loc>https://user.github.io/my-repo/posts/</loc></url>\n", string.Empty);

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.InvalidSitemap, "sitemap.xml", _site.Find("sitemap.xml", "<urlset"));
        Assert.Contains("posts/index.html is not listed", diagnostic.Message);
    }

    [Fact]
    public void A_sitemap_with_relative_locs_is_read_like_links()
    {
        _site.Replace("sitemap.xml", "https://user.github.io/my-repo/posts/2025/12/hello/", "posts/2025/12/hello/");
        _site.Replace("sitemap.xml", "https://user.github.io/my-repo/posts/", "/my-repo/posts/");

        Assert.Empty(_site.Check().Diagnostics);
    }

    [Fact]
    public void A_sitemap_lastmod_that_is_not_a_w3c_date_is_reported()
    {
        _site.Replace("sitemap.xml", "<lastmod>2025-12-01</lastmod>", "<lastmod>2025-13-01</lastmod>");

        _site.CheckExpectingOne(DiagnosticCodes.InvalidSitemap, "sitemap.xml", _site.Find("sitemap.xml", "<lastmod>2025-13-01"));
    }

    [Fact]
    public void A_robots_sitemap_line_must_lead_to_the_sitemap()
    {
        _site.Replace("robots.txt", "my-repo/sitemap.xml", "my-repo/sitemap-index.xml");

        _site.CheckExpectingOne(DiagnosticCodes.BrokenLink, "robots.txt", _site.Find("robots.txt", "https://"));
    }

    [Fact]
    public void A_catalog_schema_violation_is_reported_at_the_offending_value()
    {
        _site.Replace("catalog.json", "\"status\": \"ga\",\n      \"date\"", "\"status\": \"beta\",\n      \"date\"");

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.CatalogSchemaViolation, "catalog.json", _site.Find("catalog.json", "\"beta\""));
        Assert.Contains("/features/0/status", diagnostic.Message);
        Assert.Contains("\"beta\"", diagnostic.Message);
    }

    [Fact]
    public void A_catalog_item_without_a_required_field_is_reported_at_the_item()
    {
        _site.Replace("catalog.json", "      \"category\": \"Networking\",\n", string.Empty);

        var (line, _) = _site.Find("catalog.json", "\"id\": \"nat-gateway\"");
        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.CatalogSchemaViolation, "catalog.json", (line - 1, 5));
        Assert.Contains("/services/0", diagnostic.Message);
        Assert.Contains("category", diagnostic.Message);
    }

    [Fact]
    public void A_catalog_that_is_not_json_is_reported_where_the_parser_stopped()
    {
        _site.Replace("catalog.json", "\"aliases\": [],", "\"aliases\": [,],");

        var (line, column) = _site.Find("catalog.json", "[,]");
        _site.CheckExpectingOne(DiagnosticCodes.CatalogSchemaViolation, "catalog.json", (line, column + 1));
    }

    [Fact]
    public void A_catalog_feature_url_with_a_broken_anchor_is_reported_at_the_url()
    {
        _site.Replace("catalog.json", "#f-feature-one", "#f-feature-won");

        var diagnostic = _site.CheckExpectingOne(DiagnosticCodes.BrokenFragment, "catalog.json", _site.Find("catalog.json", "\"https://user.github.io/my-repo/posts/2025/12/hello/#f-feature-won\""));
        Assert.Contains("#f-feature-won", diagnostic.Message);
    }

    [Fact]
    public void A_catalog_post_url_to_a_missing_page_is_a_broken_link()
    {
        _site.Replace("catalog.json", "\"url\": \"https://user.github.io/my-repo/posts/2025/12/hello/\"", "\"url\": \"/my-repo/posts/2025/12/bye/\"");

        _site.CheckExpectingOne(DiagnosticCodes.BrokenLink, "catalog.json", _site.Find("catalog.json", "\"/my-repo/posts/2025/12/bye/\""));
    }

    [Fact]
    public void The_same_broken_link_twice_on_a_page_is_reported_once_at_its_first_place()
    {
        _site.Replace(Post, "<a href=\"../../../\">Posts</a>", "<a href=\"../../../nope/\">Posts</a>");
        _site.Replace(Post, "<a href=\"./\">This post</a>", "<a href=\"./\">This post</a> <a href=\"../../../nope/\">Posts</a>");

        _site.CheckExpectingOne(DiagnosticCodes.BrokenLink, Post, _site.Find(Post, "<a href=\"../../../nope/\""));
    }

    [Fact]
    public void A_given_base_url_wins_over_the_home_page()
    {
        var result = SiteChecker.Check(_site.Directory, StaticCatalog.Urls.SiteUrl.TryParse("/", out _));

        Assert.Equal("/", result.SiteUrl.BasePath);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink && d.Message.Contains("'/my-repo/assets/site.css'", StringComparison.Ordinal));
    }
}
