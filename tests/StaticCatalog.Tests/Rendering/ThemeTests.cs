using AngleSharp.Html.Parser;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Rendering;

/// <summary>Themes, overrides from <c>input/</c>, template errors, and post content that must stay data.</summary>
[Trait("Category", "Program")]
public sealed class ThemeTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TestSite _site = new();

    public ThemeTests()
    {
        _site.Seed("2025-12-01-post.md", TestSite.Post("Limits update"));
    }

    /// <summary>An input folder of the test's own, starting from the repository's site.yml.</summary>
    private void UseOwnInput(params (string Path, string Text)[] files)
    {
        _site.InputDirectory = _site.Folder.Combine("input");
        _site.Folder.Write("input/site.yml", File.ReadAllText(Path.Combine(RepoPaths.Input, "site.yml")));
        foreach (var (path, text) in files)
        {
            _site.Folder.Write(Path.Combine("input", path), text);
        }
    }

    [Fact]
    public void A_file_in_input_overrides_the_theme_file_of_the_same_path()
    {
        UseOwnInput(
            ("partials/post-list.sbn-html", "<ol class=\"custom-list\">{{ for item in posts }}<li>{{ item.title | html.escape }}</li>{{ end }}</ol>"),
            ("assets/css/site.css", "body { color: rebeccapurple; }"));

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<ol class=\"custom-list\"><li>Limits update</li></ol>", _site.Read("tags/azure/index.html"));
        Assert.Equal("body { color: rebeccapurple; }", _site.Read("assets/css/site.css"));
        Assert.Contains("<article class=\"post\">", _site.Read("posts/2025/12/limits-update/index.html"));
    }

    [Fact]
    public void A_post_summary_partial_in_input_draws_the_post_on_every_list_at_each_heading_level()
    {
        UseOwnInput(("partials/post-summary.sbn-html", "<li class=\"mine\">{{ item.title }} as {{ heading }} on {{ site.title }}</li>"));

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var list in new[] { "tags/azure/index.html", "tags/networking/index.html", "posts/index.html" })
        {
            Assert.Contains("<li class=\"mine\">Limits update as h2 on StaticCatalog</li>", _site.Read(list));
        }

        Assert.Contains("<li class=\"mine\">Limits update as h3 on StaticCatalog</li>", _site.Read("index.html"));
    }

    [Fact]
    public void A_post_summary_partial_that_reads_the_page_is_an_error_at_its_line()
    {
        // One drawing serves every list, so it may not depend on the page it is first drawn on.
        UseOwnInput(("partials/post-summary.sbn-html", "<li>{{ item.title }}\n{{ page.title }}</li>"));

        var result = _site.Build();

        // Each page that lists the post reports it.
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
            Assert.EndsWith("input/partials/post-summary.sbn-html", error.Path);
            Assert.Equal(2, error.Line);
            Assert.Contains("`page`", error.Message);
        });
        Assert.False(result.OutputWritten);
    }

    [Fact]
    public void A_template_syntax_error_names_the_template_line_and_column_and_writes_nothing()
    {
        UseOwnInput(("layouts/post.sbn-html", "<h1>{{ post.title }}</h1>\n<p>{{ if post.author }}by {{ post.author }}</p>\n"));

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.False(result.OutputWritten);
        Assert.False(Directory.Exists(_site.OutputDirectory));
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateSyntax, error.Code);
        Assert.EndsWith("input/layouts/post.sbn-html", error.Path);
        Assert.True(error.Line >= 2, error.ToString());
        Assert.Matches(@"^.*input/layouts/post\.sbn-html\(\d+,\d+\): error SC3001: ", error.ToString());
    }

    [Fact]
    public void An_unknown_variable_in_a_template_is_an_error_at_its_place()
    {
        UseOwnInput(("layouts/post.sbn-html", "<h1>{{ post.title }}</h1>\n<p>{{ post_author }}</p>\n"));

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.EndsWith("input/layouts/post.sbn-html", error.Path);
        Assert.Equal(2, error.Line);
        Assert.Contains("post_author", error.Message);
        Assert.False(result.OutputWritten);
    }

    [Fact]
    public void An_include_cannot_leave_the_theme_folder()
    {
        _site.Folder.Write("secret.sbn-html", "SECRET");
        UseOwnInput(("layouts/post.sbn-html", "{{ include '../../secret' }}"));

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Contains("is not in the theme", error.Message);
    }

    [Theory]
    [InlineData("/etc/hostname")]
    [InlineData("partials/../../../secret")]
    [InlineData("..\\\\..\\\\secret")]
    public void An_include_by_absolute_path_or_climbing_is_refused(string include)
    {
        _site.Folder.Write("secret.sbn-html", "SECRET");
        UseOwnInput(("layouts/post.sbn-html", $"{{{{ include '{include}' }}}}"));

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.False(result.OutputWritten);
    }

    [Fact]
    public void A_theme_folder_that_is_a_symbolic_link_out_of_the_theme_is_not_read()
    {
        var theme = _site.Folder.Combine("theme");
        FolderCopy.Copy(RepoPaths.Theme, theme);
        FolderCopy.Copy(Path.Combine(theme, "partials"), _site.Folder.Combine("outside/partials"));
        _site.Folder.Write("outside/partials/post-list.sbn-html", "SECRET-FOLDER");
        Directory.Delete(Path.Combine(theme, "partials"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(theme, "partials"), _site.Folder.Combine("outside/partials"));
        _site.ThemeDirectory = theme;

        var result = _site.Build();

        // Its partials are refused, so the layouts that include them fail, naming what they looked for.
        Assert.False(result.OutputWritten);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == DiagnosticCodes.TemplateRuntime && d.Message.Contains("is not in the theme"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("SECRET"));
    }

    [Fact]
    public void A_linked_override_is_ignored_and_the_theme_file_is_used()
    {
        _site.Folder.Write("outside/secret.css", "SECRET-ASSET");
        _site.Folder.Write("outside/post-list.sbn-html", "SECRET-PARTIAL");
        UseOwnInput();
        Link("input/assets/css/site.css", "outside/secret.css");
        Link("input/partials/post-list.sbn-html", "outside/post-list.sbn-html");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets/css/site.css")), _site.Read("assets/css/site.css"));
        Assert.DoesNotContain("SECRET", _site.Read("tags/azure/index.html"));
        Assert.Contains("Limits update", _site.Read("tags/azure/index.html"));
    }

    [Fact]
    public void A_theme_without_a_required_layout_is_reported()
    {
        var theme = _site.Folder.Combine("theme");
        FolderCopy.Copy(RepoPaths.Theme, theme);
        File.Delete(Path.Combine(theme, "layouts", "list.sbn-html"));
        _site.ThemeDirectory = theme;

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateNotFound, error.Code);
        Assert.Contains("layouts/list.sbn-html", error.Message);
    }

    [Fact]
    public void Unknown_front_matter_keys_reach_templates_as_post_extra()
    {
        _site.Seed("2025-12-02-extra.md", "---\ntitle: Extra\ndate: 2025-12-02\nproduct: NAT Gateway\n---\nBody\n");
        UseOwnInput(("layouts/post.sbn-html", "<h1>{{ post.title | html.escape }}</h1>{{ if post.extra.product }}<p class=\"product\">{{ post.extra.product | html.escape }}</p>{{ end }}"));

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("<p class=\"product\">NAT Gateway</p>", _site.Read("posts/2025/12/extra/index.html"));
        Assert.DoesNotContain("class=\"product\"", _site.Read("posts/2025/12/limits-update/index.html"));
    }

    [Fact]
    public void Template_syntax_in_a_post_is_shown_as_written_and_never_run()
    {
        _site.Seed("2025-12-03-scriban.md",
            "---\ntitle: 'Deploy with {{ site.title }}'\ndate: 2025-12-03\nauthor: '{{ 6 * 7 }}'\n---\nUse `${{ secrets.KEY }}` and {{ 6 * 7 }} and {% raw %}.\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Parser.ParseDocument(_site.Read("posts/2025/12/deploy-with-site-title/index.html"));
        Assert.Equal("Deploy with {{ site.title }}", page.QuerySelector("article h1")?.TextContent);
        Assert.Contains("{{ 6 * 7 }}", page.QuerySelector(".post-meta")?.TextContent);
        Assert.Contains("${{ secrets.KEY }}", page.QuerySelector(".post-body code")?.TextContent);
        Assert.Contains("and {{ 6 * 7 }} and", page.QuerySelector(".post-body")?.TextContent);
        Assert.DoesNotContain("42", page.QuerySelector("article")?.TextContent);
    }

    [Fact]
    public void Front_matter_values_are_escaped_in_html()
    {
        _site.Seed("2025-12-04-xss.md",
            "---\ntitle: '<script>alert(1)</script> & <b>bold</b>'\ndate: 2025-12-04\nauthor: '\"><img src=x onerror=alert(1)>'\ntags:\n- '<i>tag</i>'\n---\nBody\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var path = Directory.GetDirectories(Path.Combine(_site.OutputDirectory, "posts", "2025", "12")).Single(d => d.Contains("script"));
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(path, "index.html")));
        // The only scripts are the theme's own: its files, and the one-line colour scheme choice in <head>.
        Assert.DoesNotContain(page.QuerySelectorAll("script:not([src$='assets/js/site.js']):not([src$='assets/js/search.js']), img, b, i"),
            e => !(e.LocalName == "script" && e.ParentElement?.LocalName == "head" && e.TextContent.StartsWith("document.documentElement.classList.add(\"js\")", StringComparison.Ordinal)));
        Assert.Equal("<script>alert(1)</script> & <b>bold</b>", page.QuerySelector("article h1")?.TextContent);
        Assert.Contains("<script>alert(1)</script>", page.Title);
    }

    [Fact]
    public void An_external_url_that_is_not_http_is_not_linked()
    {
        _site.Seed("2025-12-06-js.md", "---\ntitle: Script link\ndate: 2025-12-06\nexternal_url: 'javascript:alert(1)'\n---\nBody\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Parser.ParseDocument(_site.Read("posts/2025/12/script-link/index.html"));
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript']"));
        Assert.Null(page.QuerySelector(".post-source"));
    }

    [Fact]
    public void Long_lists_are_paginated_newest_first_with_working_page_links()
    {
        for (var day = 1; day <= 28; day++)
        {
            _site.Seed($"2025-11-{day:D2}-bulk-{day}.md", TestSite.Post($"Bulk post {day}", date: $"2025-11-{day:D2}"));
        }

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var first = Parser.ParseDocument(_site.Read("tags/azure/index.html"));
        var second = Parser.ParseDocument(_site.Read("tags/azure/page/2/index.html"));
        Assert.False(_site.Exists("tags/azure/page/3/index.html"));
        Assert.Equal(20, first.QuerySelectorAll(".post-list > li").Length);
        Assert.Equal(9, second.QuerySelectorAll(".post-list > li").Length);
        Assert.Equal("Limits update", first.QuerySelector(".post-list a")?.TextContent);
        Assert.Equal("Bulk post 9", second.QuerySelector(".post-list a")?.TextContent);
        Assert.Equal("/tags/azure/page/2/", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("/tags/azure/", second.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Empty(SiteLinks.Broken(_site.OutputDirectory, "/"));
    }

    [Fact]
    public void A_long_tag_index_is_split_by_first_letter_and_still_lists_every_tag()
    {
        var tags = string.Join("\n", Enumerable.Range(0, 620).Select(i => $"- {(char)('a' + i % 3)}-tag {i}"));
        _site.Seed("2025-12-05-many-tags.md", TestSite.Post("Many tags", tags: tags));

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var index = Parser.ParseDocument(_site.Read("tags/index.html"));
        Assert.Contains("The 150 largest of 622 tags", index.QuerySelector(".lead")?.TextContent);
        Assert.Equal(["A", "B", "C", "N"], index.QuerySelectorAll(".letters a").Select(a => a.TextContent));
        var listed = new HashSet<string>();
        foreach (var letter in index.QuerySelectorAll(".letters a").Select(a => a.GetAttribute("href")!))
        {
            var page = Parser.ParseDocument(_site.Read(letter.TrimStart('/') + "index.html"));
            listed.UnionWith(page.QuerySelectorAll(".term-list a").Select(a => a.TextContent));
        }

        Assert.Equal(622, listed.Count);
        Assert.Empty(SiteLinks.Broken(_site.OutputDirectory, "/"));
    }

    /// <summary>A symbolic link at <paramref name="path"/> to <paramref name="target"/>, both in the test's folder.</summary>
    private void Link(string path, string target)
    {
        var link = _site.Folder.Combine(path);
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, _site.Folder.Combine(target));
    }

    public void Dispose() => _site.Dispose();
}
