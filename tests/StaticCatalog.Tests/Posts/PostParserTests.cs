using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Posts;

[Trait("Category", "Unit")]
public sealed class PostParserTests
{
    private static readonly PostParser Parser = new(MarkdownPipelineFactory.Create());

    private static PostParseResult Parse(string text, string relativePath = "post.md") =>
        Parser.Parse(new SourceFile("seeds/" + relativePath, relativePath, text));

    private static string OnlyError(PostParseResult result)
    {
        Assert.Null(result.Post);
        return Assert.Single(result.Diagnostics, d => d.IsError).ToString();
    }

    [Fact]
    public void Reads_the_front_matter_fields_the_corpus_uses()
    {
        var result = Parse("""
            ---
            external_url: https://example.com/post
            title: 'Azure Networking: Latest Updates'
            author: Narayan Annamalai
            feed_name: The Azure Blog
            date: 2025-12-01 17:00:00 +00:00
            tags:
            - AKS
            - Azure DNS
            section_names:
            - ai
            - azure
            primary_section: ai
            ---
            Body text.
            """);

        var post = Assert.IsType<Post>(result.Post);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Azure Networking: Latest Updates", post.Title);
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 17, 0, 0, TimeSpan.Zero), post.Date);
        Assert.Equal("Narayan Annamalai", post.Author);
        Assert.Equal("The Azure Blog", post.FeedName);
        Assert.Equal("https://example.com/post", post.ExternalUrl);
        Assert.Equal(["AKS", "Azure DNS"], post.Tags);
        Assert.Equal(["ai", "azure"], post.SectionNames);
        Assert.Equal("ai", post.PrimarySection);
        Assert.Equal("azure-networking-latest-updates", post.Slug);
    }

    [Fact]
    public void Unknown_keys_are_kept_in_file_order()
    {
        var post = Parse("---\ntitle: T\ndate: 2025-01-02\nproduct: NAT Gateway\nregions:\n- westus\n- eastus\n---\nBody").Post!;

        Assert.Equal(["product", "regions"], post.Extra.Select(p => p.Key));
        Assert.Equal("NAT Gateway", post.Extra[0].Value);
        Assert.Equal(new object?[] { "westus", "eastus" }, Assert.IsAssignableFrom<IEnumerable<object?>>(post.Extra[1].Value));
    }

    [Fact]
    public void The_excerpt_is_the_text_before_the_marker()
    {
        var post = Parse("---\ntitle: T\ndate: 2025-01-02\n---\nThe **short** version.<!--excerpt_end-->\n\nThe rest.").Post!;

        Assert.Equal("The short version.", post.ExcerptText);
        Assert.Equal("<p>The <strong>short</strong> version.</p>", post.ExcerptHtml);
        Assert.Contains("The rest.", post.ContentHtml);
    }

    [Fact]
    public void Without_a_marker_the_excerpt_is_the_first_paragraph()
    {
        var post = Parse("---\ntitle: T\ndate: 2025-01-02\n---\n# Heading\n\nFirst paragraph.\n\nSecond.").Post!;

        Assert.Equal("First paragraph.", post.ExcerptText);
    }

    [Fact]
    public void A_first_heading_that_repeats_the_title_is_not_shown_twice()
    {
        var post = Parse("---\ntitle: Big News\ndate: 2025-01-02\n---\nIntro.<!--excerpt_end-->\n\n# Big News\n\n## Details\n\nText.").Post!;

        Assert.DoesNotContain("<h1", post.ContentHtml);
        Assert.Contains("<h2 id=\"details\">Details</h2>", post.ContentHtml);
    }

    [Fact]
    public void Headings_get_ids_and_tables_render()
    {
        var post = Parse("---\ntitle: T\ndate: 2025-01-02\n---\n## Limits and Quotas\n\n| a | b |\n|---|---|\n| 1 | 2 |\n").Post!;

        Assert.Contains("<h2 id=\"limits-and-quotas\">", post.ContentHtml);
        Assert.Contains("<table>", post.ContentHtml);
    }

    [Fact]
    public void A_bom_and_crlf_file_parses()
    {
        var diagnostics = new DiagnosticBag();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("---\r\ntitle: CRLF post\r\ndate: 2025-01-02\r\ntags:\r\n- AKS\r\n---\r\nBody\r\n")).ToArray();
        var source = SourceLoader.Decode(bytes, "seeds/crlf.md", "crlf.md", diagnostics)!;

        var result = Parser.Parse(source);

        Assert.Equal("CRLF post", result.Post?.Title);
        Assert.Equal(["AKS"], result.Post!.Tags);
    }

    [Fact]
    public void The_date_can_come_from_the_file_name()
    {
        var post = Parse("---\ntitle: T\n---\nBody", "2024-09-05-release-notes.md").Post!;

        Assert.Equal(new DateTimeOffset(2024, 9, 5, 0, 0, 0, TimeSpan.Zero), post.Date);
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error_at_its_first_line()
    {
        Assert.Equal(
            "seeds/post.md(1,1): error SC1004: the file has no front matter: start it with a '---' line, 'title:' and 'date:', and a closing '---'",
            OnlyError(Parse("Just some text.\n")));
    }

    [Fact]
    public void An_unclosed_front_matter_is_named_as_such()
    {
        Assert.Contains("never closed", OnlyError(Parse("---\ntitle: T\ndate: 2025-01-02\n\nBody")));
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_its_line_in_the_file()
    {
        var error = OnlyError(Parse("---\ntitle: T\ndate: 2025-01-02\ntags: [a, b\n---\nBody"));

        Assert.StartsWith("seeds/post.md(", error);
        Assert.Contains("error SC1005: invalid YAML", error);
        var line = int.Parse(error.Split('(', ',')[1]);
        Assert.InRange(line, 4, 6);
    }

    [Fact]
    public void A_list_left_open_at_the_end_of_the_front_matter_is_an_error_at_its_bracket()
    {
        // YamlDotNet throws a bare InvalidOperationException here, not a YamlException with a position.
        var error = OnlyError(Parse("---\ntitle: [unclosed\ndate: 2025-01-02\n---\nBody"));

        Assert.Equal("seeds/post.md(2,8): error SC1005: invalid YAML: a '[' or '{' list is never closed; quote the value if the bracket is text", error);
    }

    [Theory]
    [InlineData("a: !!:] b")]
    [InlineData("a: !<:]> b")]
    [InlineData("a: !<> b")]
    [InlineData("external_url:: *a<<: *a&b")]
    public void A_tag_or_alias_YamlDotNet_rejects_without_a_position_is_an_error_on_its_line(string line)
    {
        // YamlDotNet throws a bare ArgumentException for these, from its parser as well as from its document model.
        var error = OnlyError(Parse($"---\ntitle: T\ndate: 2025-01-02\n{line}\n---\nBody"));

        Assert.StartsWith("seeds/post.md(4,", error);
        Assert.Contains("error SC1005: invalid YAML", error);
    }

    [Fact]
    public void A_tab_in_the_yaml_is_an_error_on_its_line()
    {
        var error = OnlyError(Parse("---\ntitle: T\ndate: 2025-01-02\ntags:\n\t- a\n---\nBody"));

        Assert.Contains("error SC1005", error);
        Assert.StartsWith("seeds/post.md(5,", error);
    }

    [Fact]
    public void A_duplicate_key_is_an_error_on_its_second_line()
    {
        var error = OnlyError(Parse("---\ntitle: T\ndate: 2025-01-02\ntitle: Again\n---\nBody"));

        Assert.Equal("seeds/post.md(4,1): error SC1005: invalid YAML: the key 'title' appears twice", error);
    }

    [Fact]
    public void A_missing_title_is_an_error()
    {
        Assert.Equal("seeds/post.md(2,1): error SC1006: the front matter has no 'title'",
            OnlyError(Parse("---\ndate: 2025-01-02\nauthor: Someone\n---\nBody")));
    }

    [Fact]
    public void An_empty_title_is_an_error_at_the_title()
    {
        Assert.Equal("seeds/post.md(3,8): error SC1006: the 'title' is empty",
            OnlyError(Parse("---\ndate: 2025-01-02\ntitle: ''\n---\nBody")));
    }

    [Fact]
    public void A_title_that_is_a_list_is_an_error()
    {
        Assert.Contains("error SC1009: 'title' must be text, not a list",
            OnlyError(Parse("---\ndate: 2025-01-02\ntitle:\n- a\n- b\n---\nBody")));
    }

    [Fact]
    public void A_number_as_title_is_read_as_text()
    {
        Assert.Equal("2025", Parse("---\ntitle: 2025\ndate: 2025-01-02\n---\nBody").Post?.Title);
    }

    [Fact]
    public void An_unparseable_date_is_an_error_at_the_date()
    {
        var error = OnlyError(Parse("---\ntitle: T\ndate: next Tuesday\n---\nBody"));

        Assert.StartsWith("seeds/post.md(3,7): error SC1007: 'next Tuesday' is not a date", error);
    }

    [Fact]
    public void No_date_in_front_matter_or_file_name_is_an_error()
    {
        Assert.StartsWith("seeds/post.md(1,1): error SC1008: the post has no date",
            OnlyError(Parse("---\ntitle: T\n---\nBody")));
    }

    [Fact]
    public void Tags_given_as_a_string_are_split_at_commas_with_a_warning()
    {
        var result = Parse("---\ntitle: T\ndate: 2025-01-02\ntags: AKS, Azure DNS\n---\nBody");

        Assert.Equal(["AKS", "Azure DNS"], result.Post?.Tags);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("seeds/post.md(4,7): warning SC1009: 'tags' should be a list ('- item' lines); read it as 2 item(s) split at commas", warning.ToString());
    }

    [Fact]
    public void A_front_matter_that_is_not_a_map_is_an_error()
    {
        Assert.Contains("error SC1005", OnlyError(Parse("---\n- just\n- a list\n---\nBody")));
    }

    [Fact]
    public void A_youtube_tag_becomes_an_embed_with_a_link()
    {
        var result = Parse("---\ntitle: T\ndate: 2025-01-02\n---\nWatch:\n\n{% youtube dQw4w9WgXcQ %}\n");

        Assert.Empty(result.Diagnostics);
        Assert.Contains("<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"", result.Post!.ContentHtml);
        Assert.Contains("<a class=\"embed-link\" href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">Watch on YouTube</a>", result.Post.ContentHtml);
    }

    [Fact]
    public void An_unknown_liquid_tag_stays_visible_and_is_warned_about_at_its_line()
    {
        var result = Parse("---\ntitle: T\ndate: 2025-01-02\n---\nFirst line.\n\nSee {% include note.html %} here.\n");

        Assert.Contains("See {% include note.html %} here.", result.Post!.ContentHtml);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("seeds/post.md(7,5): warning SC2002: unknown tag '{% include note.html %}' is shown as text (known: youtube ID, vimeo ID, raw, endraw)", warning.ToString());
    }

    [Fact]
    public void A_liquid_tag_inside_code_is_code()
    {
        var result = Parse("---\ntitle: T\ndate: 2025-01-02\n---\nUse `{% youtube ID %}`.\n\n```\n{% unknown %}\n```\n");

        Assert.Empty(result.Diagnostics);
        Assert.Contains("<code>{% youtube ID %}</code>", result.Post!.ContentHtml);
        Assert.Contains("{% unknown %}", result.Post.ContentHtml);
    }

    [Fact]
    public void Template_syntax_in_a_post_is_kept_as_text()
    {
        var post = Parse("---\ntitle: '{{ site.title }}'\ndate: 2025-01-02\n---\nToken: ${{ secrets.KEY }} and {{ 1 + 1 }}.\n").Post!;

        Assert.Equal("{{ site.title }}", post.Title);
        Assert.Contains("${{ secrets.KEY }} and {{ 1 + 1 }}", post.ContentHtml);
    }

    [Fact]
    public void Relative_links_in_a_body_point_at_the_site_the_post_came_from()
    {
        var post = Parse("---\ntitle: T\ndate: 2025-01-02\nexternal_url: https://code.visualstudio.com/blogs/2025/02/24/agent-mode\n---\n"
            + "See [the docs](/docs/copilot/agent), ![shot](images/a.png), [cdn](//cdn.example.com/x.png), [here](#top) and [mail](mailto:a@b.c).\n").Post!;

        Assert.Contains("href=\"https://code.visualstudio.com/docs/copilot/agent\"", post.ContentHtml);
        Assert.Contains("src=\"https://code.visualstudio.com/blogs/2025/02/24/images/a.png\"", post.ContentHtml);
        Assert.Contains("href=\"https://cdn.example.com/x.png\"", post.ContentHtml);
        Assert.Contains("href=\"#top\"", post.ContentHtml);
        Assert.Contains("href=\"mailto:a@b.c\"", post.ContentHtml);
    }
}
