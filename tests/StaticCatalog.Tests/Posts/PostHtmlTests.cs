using AngleSharp.Html.Parser;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Posts;

/// <summary>A post's HTML parses cleanly and its in-page links lead somewhere, whatever the Markdown's author wrote.</summary>
[Trait("Category", "Unit")]
public sealed class PostHtmlTests
{
    private static readonly PostParser Parser = new(MarkdownPipelineFactory.Create());

    private static PostParseResult Parse(string body) =>
        Parser.Parse(new SourceFile("seeds/post.md", "post.md", $"---\ntitle: A post\ndate: 2025-12-01\n---\n{body}\n"));

    /// <summary>The parse errors a browser's parser meets in the HTML, as "code at line:column".</summary>
    private static IReadOnlyList<string> ParseErrors(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Code.ToString());
        parser.ParseDocument($"<!DOCTYPE html><html lang=en><head><title>t</title></head><body>{html}</body></html>");
        return errors;
    }

    [Fact]
    public void Angle_brackets_that_are_no_html_element_show_as_written_and_real_tags_still_work()
    {
        var html = Parse("## Using Span<T> safely\n\nCopy `x` to <filename> in <rg-name>, then <b>bold</b> and <em>this</em>.").Post!.ContentHtml;

        Assert.Contains("Span&lt;T&gt; safely</h2>", html);
        Assert.Contains("to &lt;filename&gt; in &lt;rg-name&gt;, then <b>bold</b> and <em>this</em>.", html);
        Assert.Empty(ParseErrors(html));
    }

    [Fact]
    public void A_video_link_has_no_end_tag_for_its_void_source_element()
    {
        var html = Parse("![Demo](https://example.com/demo.webm)\n\n<video controls><source src=\"https://example.com/b.mp4\"></source></video>").Post!.ContentHtml;

        Assert.Contains("<video", html);
        Assert.Contains("<source", html);
        Assert.DoesNotContain("</source>", html);
        Assert.Empty(ParseErrors(html));
    }

    [Fact]
    public void A_fragment_link_written_for_another_generators_ids_is_pointed_at_the_heading_it_means()
    {
        var result = Parse("""
            See [the Python notes](#python--extension-updates) and [option 2](#option-2-api-center).

            ## Python & extension updates

            ## Option 2: API Center (simpler approach)
            """);
        var html = result.Post!.ContentHtml;

        Assert.Contains("href=\"#python-extension-updates\"", html);
        Assert.Contains("id=\"python-extension-updates\"", html);
        Assert.Contains("href=\"#option-2-api-center-simpler-approach\"", html);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenPostFragment);
    }

    [Fact]
    public void A_fragment_link_that_names_nothing_in_the_post_is_kept_and_reported_at_its_line()
    {
        var result = Parse("Intro.\n\nSee [setup](#setup) and [top](#top) and [raw](#raw-anchor).\n\n<a id=\"raw-anchor\"></a>\n\n## Install\n\n## Install again");

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenPostFragment);
        Assert.Equal("seeds/post.md(7,5): warning SC2003: the link to '#setup' names no heading or anchor of the post", warning.ToString());
        Assert.Contains("href=\"#setup\"", result.Post!.ContentHtml);
    }
}
