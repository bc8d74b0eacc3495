using StaticCatalog.Markdown;
using StaticCatalog.Pipeline;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Posts;

/// <summary>A post's body is kept deflated between parse and render: it must come back exactly, and posts compare by it.</summary>
[Trait("Category", "Unit")]
public sealed class DeflatedTextTests
{
    private static readonly PostParser Parser = new(MarkdownPipelineFactory.Create());

    private static Post Parse(string body) =>
        Parser.Parse(new SourceFile("seeds/post.md", "post.md", $"---\ntitle: A post\ndate: 2025-12-01\n---\n{body}\n")).Post!;

    [Theory]
    [InlineData("")]
    [InlineData("<p>NAT Gateway now supports 100 Gbps.</p>")]
    [InlineData("<p>Zürich, 東京, emoji 🚀 and a lone surrogate-free mix: é</p>")]
    public void A_text_comes_back_exactly(string text)
    {
        var stored = new DeflatedText(text);

        Assert.Equal(text, stored.Text);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), stored.Utf8Length);
    }

    [Fact]
    public void A_long_body_comes_back_exactly_and_is_kept_smaller()
    {
        var html = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"<p>Paragraph {i}: ExpressRoute Direct ports of 100 Gbps.</p>\n"));

        var stored = new DeflatedText(html);

        Assert.Equal(html, stored.Text);
        Assert.True(stored.Utf8Length > 100_000);
        Assert.True(stored.DeflatedLength < stored.Utf8Length / 4, $"{stored.DeflatedLength} of {stored.Utf8Length} bytes");
    }

    [Fact]
    public void A_changed_body_is_still_a_body_only_edit_and_a_retitled_post_keeps_its_body()
    {
        var first = Parse("Private Link now supports 5,000 endpoints per VNet.\n\nA note on naming.");
        var again = Parse("Private Link now supports 5,000 endpoints per VNet.\n\nA note on naming.");
        var changed = Parse("Private Link now supports 5,000 endpoints per VNet.\n\nA longer note on naming, added later.");

        Assert.Equal(first.ContentHtml, again.ContentHtml);
        Assert.NotEqual(first.ContentHtml, changed.ContentHtml);
        Assert.True(BodyEdit.IsBodyOnly(first, changed));
        Assert.Contains("5,000 endpoints", first.ContentHtml, StringComparison.Ordinal);
        Assert.Equal(first.ContentHtml, (first with { Title = "Renamed" }).ContentHtml);
    }
}
