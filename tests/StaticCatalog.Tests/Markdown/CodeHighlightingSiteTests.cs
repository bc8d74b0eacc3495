using AngleSharp.Html.Parser;

namespace StaticCatalog.Tests.Markdown;

/// <summary>Highlighted code on a page the build writes.</summary>
[Trait("Category", "Program")]
public sealed class CodeHighlightingSiteTests
{
    [Fact]
    public void Template_syntax_in_code_shows_as_written_on_the_built_page()
    {
        using var site = new TestSite();
        site.Seed("2025-12-01-templates.md", TestSite.Post("Templates in code",
            body: "An excerpt.<!--excerpt_end-->\n\n```csharp\nvar s = \"{{ x }}\"; // {% raw %}{{ site.title }}{% endraw %}\n```\n\n```yaml\nkey: ${{ secrets.KEY }}\n```\n"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.Read("posts/2025/12/templates-in-code/index.html"));
        var blocks = page.QuerySelectorAll("pre.highlight code").Select(c => c.TextContent).ToList();
        Assert.Equal(["var s = \"{{ x }}\"; // {% raw %}{{ site.title }}{% endraw %}\n", "key: ${{ secrets.KEY }}\n"], blocks);
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][href$='/assets/css/code.css']"));
        Assert.True(site.Exists("assets/css/code.css"));
    }
}
