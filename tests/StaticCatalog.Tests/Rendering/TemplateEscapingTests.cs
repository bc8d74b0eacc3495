using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Rendering;

/// <summary>
/// Templates escape by default: a site whose every front-matter field, service, category and feature name
/// carries <c>&lt;b&gt;x&lt;/b&gt;"'&amp;</c> shows the marker as text everywhere, in pages, feeds and JSON; a
/// theme override that writes a value with no filter is escaped; the post body is written once, not escaped
/// twice; partial arguments stay in the partial.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class TemplateEscapingTests : IDisposable
{
    private const string Marker = "<b>x</b>\"'&";

    /// <summary>The marker as YAML writes it in single quotes.</summary>
    private const string Yaml = "<b>x</b>\"''&";

    /// <summary>The marker as <c>WebUtility.HtmlEncode</c> writes it, for the tests that read a page's bytes.</summary>
    private const string Escaped = "&lt;b&gt;x&lt;/b&gt;&quot;&#39;&amp;";

    private static readonly HtmlParser Parser = new();
    private readonly TestSite _site = new();

    public TemplateEscapingTests()
    {
        _site.InputDirectory = _site.Folder.Combine("input");
        _site.Folder.Write("input/site.yml", $"""
            title: 'Site {Yaml}'
            description: 'About {Yaml}'
            base_url: /
            language: en
            """);
        _site.Folder.Write("input/services.yml", $"""
            categories:
              - 'Networking {Yaml}'
            services:
              - slug: marker-gateway
                name: 'Marker {Yaml} Gateway'
                category: 'Networking {Yaml}'
                aliases: ['Alias {Yaml}']
                docs: https://learn.example.com/marker/
            """);
        _site.Seed("2025-12-01-marker.md", $"""
            ---
            title: 'Title {Yaml}'
            author: 'Author {Yaml}'
            feed_name: 'Feed {Yaml}'
            external_url: 'https://example.com/post?a={Yaml}'
            date: 2025-12-01 17:00:00 +00:00
            primary_section: 'section {Yaml}'
            tags:
              - 'Tag {Yaml}'
              - Azure
            section_names:
              - 'section {Yaml}'
            services: [marker-gateway]
            product: 'Extra {Yaml}'
            catalog:
              features:
                - name: 'Feature {Yaml}'
                  status: preview
                  services: [marker-gateway]
                  date: 2025-12-01
                  evidence: 'Evidence {Yaml}'
              limits:
                - service: marker-gateway
                  feature: 'Feature {Yaml}'
                  subject: 'Subject {Yaml}'
                  metric: 'metric {Yaml}'
                  value: 100
                  unit: Gbps
                  qualifier: 'up to {Yaml}'
                  evidence: 'Evidence {Yaml}'
            ---
            An excerpt with `{Marker}` in code.<!--excerpt_end-->

            A **strong** word, Tom &amp; Jerry, and `{Marker}` in code.
            """);
    }

    private string PostPath => Directory.GetFiles(Path.Combine(_site.OutputDirectory, "posts", "2025", "12"), "index.html", SearchOption.AllDirectories).Single();

    [Fact]
    public void Every_value_of_a_hostile_post_and_taxonomy_is_text_in_every_page_feed_and_json_file()
    {
        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(MarkupProblems(_site.OutputDirectory));

        var post = Page(PostPath);
        Assert.Equal($"Title {Marker}", post.QuerySelector("article h1")?.TextContent);
        Assert.Equal($"Title {Marker} · Site {Marker}", post.Title);
        Assert.Equal($"Title {Marker}", post.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal($"Site {Marker}", post.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content"));
        Assert.Contains($"Author {Marker}", post.QuerySelector(".post-meta")?.TextContent);
        Assert.Equal($"Feed {Marker}", post.QuerySelector(".post-meta a.post-feed")?.TextContent);
        Assert.Contains(post.QuerySelectorAll("a[rel=tag]"), a => a.TextContent == $"Tag {Marker}");
        Assert.Contains(post.QuerySelectorAll(".post-services a"), a => a.TextContent == $"Marker {Marker} Gateway");
        Assert.Contains(post.QuerySelectorAll(".feature-name"), a => a.TextContent == $"Feature {Marker}");
        Assert.Contains(post.QuerySelectorAll("q.evidence"), q => q.TextContent == $"Evidence {Marker}");
        Assert.Contains(post.QuerySelectorAll("table.limits td"), td => td.TextContent == $"Subject {Marker}");
        Assert.Contains(post.QuerySelectorAll("table.limits tr"), tr => tr.GetAttribute("data-metric") == $"metric {Marker}");
        Assert.StartsWith("https://example.com/post?a=", post.QuerySelector(".post-source a")?.GetAttribute("href"));

        var services = Page(Path.Combine(_site.OutputDirectory, "services", "index.html"));
        Assert.Contains(services.QuerySelectorAll("h2"), h => h.TextContent == $"Networking {Marker}");
        var service = Page(Path.Combine(_site.OutputDirectory, "services", "marker-gateway", "index.html"));
        Assert.Equal($"Marker {Marker} Gateway", service.QuerySelector("h1")?.TextContent);
        Assert.Contains($"also called Alias {Marker}", service.QuerySelector(".lead")?.TextContent);

        var limits = Page(Path.Combine(_site.OutputDirectory, "limits", "index.html"));
        Assert.Contains(limits.QuerySelectorAll("select[name=metric] option"), o => o.GetAttribute("value") == $"metric {Marker}");

        var feedTitles = Directory.EnumerateFiles(_site.OutputDirectory, "*.xml", SearchOption.AllDirectories)
            .SelectMany(f => XDocument.Load(f).Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value)).ToList();
        Assert.Contains($"Title {Marker}", feedTitles);
        Assert.Contains($"Site {Marker}", feedTitles);

        var strings = new List<string>();
        foreach (var json in Directory.EnumerateFiles(_site.OutputDirectory, "*.json", SearchOption.AllDirectories))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(json));
            JsonStrings.Collect(document.RootElement, strings);
        }

        Assert.Contains($"Title {Marker}", strings);
        Assert.Contains($"Feature {Marker}", strings);
    }

    [Fact]
    public void The_post_body_is_written_as_html_once_not_escaped_again()
    {
        Assert.True(_site.Build().Succeeded);

        var body = Page(PostPath).QuerySelector(".post-body")!;
        Assert.Equal("strong", body.QuerySelector("strong")?.TextContent);
        Assert.Contains("Tom & Jerry", body.TextContent);
        Assert.Contains(body.QuerySelectorAll("code"), c => c.TextContent == Marker);
        Assert.DoesNotContain("&amp;amp;", File.ReadAllText(PostPath));
        Assert.DoesNotContain("&lt;strong", File.ReadAllText(PostPath));
    }

    [Theory]
    [InlineData("{{ post.title }}")]
    [InlineData("{{ post.title | html.escape }}")]
    [InlineData("{{ post.extra.product | string.replace 'Extra' 'Title' }}")]
    public void A_theme_override_that_writes_a_value_is_escaped_once_with_or_without_html_escape(string expression)
    {
        _site.Folder.Write("input/layouts/post.sbn-html", $"<h1>{expression}</h1>");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains($"<h1>Title {Escaped}</h1>", File.ReadAllText(PostPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Captured_output_is_written_as_it_was_made_and_the_values_in_it_stay_escaped()
    {
        _site.Folder.Write("input/layouts/post.sbn-html", "{{ capture heading }}<h1 class=\"t\">{{ post.title }}</h1>{{ end }}{{ heading }}");

        Assert.True(_site.Build().Succeeded);

        Assert.Contains($"<h1 class=\"t\">Title {Escaped}</h1>", File.ReadAllText(PostPath), StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_argument_is_seen_by_its_partial_only_and_does_not_replace_the_callers_variable()
    {
        _site.Folder.Write("input/partials/probe.sbn-html", "<i>{{ value }}</i>{{ assigned = 'in the partial' }}");
        _site.Folder.Write("input/partials/peek.sbn-html", "<u>{{ value }}</u>");
        _site.Folder.Write("input/layouts/post.sbn-html",
            "{{ value = 'layout' }}{{ include 'partials/probe' value: 'argument' }}|{{ value }}|{{ include 'partials/peek' }}|{{ include 'partials/probe' value: post.title }}");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains($"<i>argument</i>|layout|<u>layout</u>|<i>Title {Escaped}</i>", File.ReadAllText(PostPath), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ include 'partials/probe' value: 'argument' }}{{ include 'partials/peek' }}", "peek.sbn-html", "value")]
    [InlineData("{{ include 'partials/probe' value: 'argument' }}\n{{ value }}", "layouts/post.sbn-html", "value")]
    [InlineData("{{ include 'partials/probe' value: 'argument' }}\n{{ assigned }}", "layouts/post.sbn-html", "assigned")]
    public void A_variable_passed_to_or_set_in_a_partial_is_not_there_after_it(string layout, string failingFile, string variable)
    {
        _site.Folder.Write("input/partials/probe.sbn-html", "<i>{{ value }}</i>{{ assigned = 'in the partial' }}");
        _site.Folder.Write("input/partials/peek.sbn-html", "<u>{{ value }}</u>");
        _site.Folder.Write("input/layouts/post.sbn-html", layout);

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.EndsWith(failingFile, error.Path);
        Assert.Contains($"`{variable}` was not found", error.Message);
    }

    [Theory]
    [InlineData("{{ post.title | html.raw }}")]
    [InlineData("{{ post.title | object.eval_template }}")]
    [InlineData("{{ object.eval post.title }}")]
    public void A_template_that_writes_a_value_raw_or_runs_it_as_template_code_is_an_error_at_its_place(string expression)
    {
        _site.Folder.Write("input/layouts/post.sbn-html", $"<h1>\n{expression}</h1>");

        var result = _site.Build();

        Assert.False(result.OutputWritten);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.EndsWith("input/layouts/post.sbn-html", error.Path);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void The_check_of_the_hostile_site_finds_a_marker_a_theme_writes_raw()
    {
        // The check above passes only if it can fail: a theme whose own text holds the marker is caught.
        _site.Folder.Write("input/layouts/post.sbn-html", $"<h1 title=\"{Marker}\">{Marker}</h1>");

        Assert.True(_site.Build().Succeeded);

        var problems = MarkupProblems(_site.OutputDirectory);
        Assert.Contains(problems, p => p.Contains("<b> element", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("attribute", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("raw marker", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_attribute_value_the_default_theme_writes_is_quoted()
    {
        var unquoted = Directory.EnumerateFiles(RepoPaths.Theme, "*.sbn-html", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (file, line: i + 1, text: line)))
            .Where(l => UnquotedAttribute().IsMatch(l.text))
            .Select(l => $"{Path.GetFileName(l.file)}({l.line}): {l.text.Trim()}");

        Assert.Empty(unquoted);
    }

    /// <summary>
    /// What is wrong with the site's files if data escaped as markup: a file that holds the raw marker, a
    /// <c>&lt;b&gt;</c> element (the theme has none), or an attribute name that is not a plain name (a quote
    /// in a value ended it early).
    /// </summary>
    private static List<string> MarkupProblems(string output)
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            // iCalendar TEXT is plain text (RFC 5545, 3.3.11): the marker stays as written there, with its commas
            // and semicolons escaped (the calendar test checks that), never as markup.
            if (file.EndsWith(".ics", StringComparison.Ordinal))
            {
                continue;
            }

            if (text.Contains("<b>x", StringComparison.Ordinal))
            {
                problems.Add($"{file}: the raw marker");
            }

            if (!file.EndsWith(".html", StringComparison.Ordinal))
            {
                continue;
            }

            var page = Parser.ParseDocument(text);
            problems.AddRange(page.QuerySelectorAll("b").Select(b => $"{file}: a <b> element: {b.OuterHtml}"));
            problems.AddRange(page.All.SelectMany(e => e.Attributes).Where(a => !AttributeName().IsMatch(a.Name))
                .Select(a => $"{file}: an attribute named {a.Name}"));
        }

        return problems;
    }

    private static IHtmlDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(path));

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex AttributeName();

    /// <summary><c>name={{</c>: an attribute whose value is a template expression with no quotes around it.</summary>
    [GeneratedRegex(@"\s[a-zA-Z-]+=\{\{")]
    private static partial Regex UnquotedAttribute();

    public void Dispose() => _site.Dispose();
}
