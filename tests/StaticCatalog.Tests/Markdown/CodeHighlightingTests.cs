using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticCatalog.Markdown;
using StaticCatalog.Markdown.Highlighting;

namespace StaticCatalog.Tests.Markdown;

/// <summary>Fenced code is highlighted at build time with token classes, and its text stays exactly what was written.</summary>
[Trait("Category", "Unit")]
public sealed partial class CodeHighlightingTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    private static IElement Render(string markdown) =>
        new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + Markdig.Markdown.ToHtml(markdown, Pipeline)).QuerySelector("pre")!;

    private static string Fenced(string language, string code) => $"```{language}\n{code}\n```\n";

    private static IReadOnlyList<string> Tokens(IElement pre, string cssClass) =>
        pre.QuerySelectorAll("span." + cssClass).Select(s => s.TextContent).ToList();

    private const string CSharp = """
        // Say hello <b>loudly</b>
        public static async Task<string> Greet(string name)
        {
            var text = $"Hello, {name} & welcome"; /* {{ x }} and {% raw %} */
            return await Task.FromResult(text + @"C:\temp");
        }
        """;

    [Fact]
    public void A_csharp_block_gets_keyword_string_and_comment_classes()
    {
        var pre = Render(Fenced("csharp", CSharp));

        Assert.Equal("highlight", pre.ClassName);
        Assert.Equal("language-csharp", pre.QuerySelector("code")!.ClassName);
        Assert.Contains("public", Tokens(pre, TokenClasses.Keyword));
        Assert.Contains("await", Tokens(pre, TokenClasses.Keyword));
        Assert.Contains("\"Hello, {name} & welcome\"", Tokens(pre, TokenClasses.String).Select(s => s.TrimStart('$')));
        Assert.Contains("// Say hello <b>loudly</b>", Tokens(pre, TokenClasses.Comment));
        Assert.Contains("/* {{ x }} and {% raw %} */", Tokens(pre, TokenClasses.Comment));
    }

    [Fact]
    public void No_colour_is_written_inline_only_classes()
    {
        var html = Markdig.Markdown.ToHtml(Fenced("csharp", CSharp), Pipeline);

        Assert.DoesNotContain("style=", html);
        Assert.All(SpanClass().Matches(html), m => Assert.Contains(m.Groups[1].Value, TokenClasses.All));
    }

    [Theory]
    [InlineData("csharp", CSharp)]
    [InlineData("bash", "# make it\naz group create --name \"$RG\" -l westus2 && echo ${X} '<b>' # {{ x }}\nif [ -n \"$X\" ]; then exit 1; fi")]
    [InlineData("yaml", "name: CI # <b>\non:\n  push: {branches: [main]}\nsteps:\n  - run: echo \"${{ secrets.KEY }}\" & {% raw %}\n    enabled: true\n    count: 3")]
    [InlineData("kusto", "// errors <b>\nAppRequests\n| where TimeGenerated > ago(1d) and Name has \"a&b\"\n| summarize count() by bin(TimeGenerated, 5m)")]
    [InlineData("json", "{ \"a\": \"<b>{{ x }}</b>\", \"n\": 1.5, \"ok\": true, \"list\": [null] }")]
    [InlineData("xml", "<!-- a <comment> -->\n<Project Sdk=\"Microsoft.NET.Sdk\"><![CDATA[ x < y ]]><A b='&amp;'/></Project>")]
    [InlineData("html", "<p class=\"x\">Hi &amp; <script>let a = '<b>' + {{ x }};</script></p>")]
    [InlineData("python", "def f(x):  # {{ x }}\n    return \"\"\"<b>\"\"\" + 'a' * 2")]
    [InlineData("powershell", "$x = Get-Item -Path \"C:\\<b>\" # {{ x }}\nWrite-Host $x")]
    [InlineData("sql", "SELECT TOP 10 name -- <b>\nFROM t WHERE a = 'it''s' /* {{ x }} */")]
    [InlineData("typescript", "const x: Map<string, number> = new Map(); // {{ x }}\nconst s = `a ${x} <b>`;")]
    [InlineData("ini", "[section] ; <b>\nkey = \"value\" # {{ x }}\nflag=true\nn = 42")]
    public void The_text_of_a_highlighted_block_is_the_code_exactly(string language, string code)
    {
        var pre = Render(Fenced(language, code));

        Assert.Equal("highlight", pre.ClassName);
        Assert.NotEmpty(pre.QuerySelectorAll("span"));
        Assert.Equal(code + "\n", pre.QuerySelector("code")!.TextContent);
    }

    [Fact]
    public void Html_in_code_is_escaped_not_rendered()
    {
        var html = Markdig.Markdown.ToHtml(Fenced("csharp", "var s = \"<script>alert(1)</script>\"; // <b>x</b> & y"), Pipeline);
        var pre = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html).QuerySelector("pre")!;

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt; &amp; y", html);
        Assert.Empty(pre.QuerySelectorAll("script, b"));
    }

    [Theory]
    [InlineData("```nosuchlanguage\n<b>x</b> {{ x }}\n```\n", "<pre><code class=\"language-nosuchlanguage\">&lt;b&gt;x&lt;/b&gt; {{ x }}\n</code></pre>")]
    [InlineData("```text\nif (x) { return; }\n```\n", "<pre><code class=\"language-text\">if (x) { return; }\n</code></pre>")]
    [InlineData("```\nvar x = 1;\n```\n", "<pre><code>var x = 1;\n</code></pre>")]
    [InlineData("    var indented = 1;\n", "<pre><code>var indented = 1;\n</code></pre>")]
    public void An_unknown_language_or_a_plain_block_stays_plain_escaped_text(string markdown, string expected)
    {
        Assert.Equal(expected, Markdig.Markdown.ToHtml(markdown, Pipeline).Trim());
    }

    [Fact]
    public void Language_names_are_matched_whatever_their_case_and_common_alias()
    {
        foreach (var name in new[] { "CSharp", "cs", "C#", "sh", "Shell", "yml", "KQL", "ts", "js", "py", "pwsh" })
        {
            Assert.Equal("highlight", Render(Fenced(name, "x = 1 # y")).ClassName);
        }
    }

    [Fact]
    public void Every_language_name_has_a_grammar_that_compiles_and_keeps_the_text()
    {
        const string code = "# c\n// c\n-- c\nx = \"s\" + 'q' + 1.5 <b>&</b> {{ y }}\n";
        Assert.All(CodeLanguages.Names, name =>
        {
            var html = CodeHighlighter.Shared.ToHtml(code, name);
            Assert.NotNull(html);
            Assert.Equal(code, TextOf(html));
        });
    }

    [Fact]
    public void Blocks_highlighted_on_many_threads_at_once_come_out_the_same()
    {
        var markdown = string.Concat(new[] { "csharp", "bash", "yaml", "kusto", "json", "python", "sql", "html" }.Select(l => Fenced(l, CSharp)));
        var expected = Markdig.Markdown.ToHtml(markdown, Pipeline);
        var results = new string[64];

        Parallel.For(0, results.Length, i => results[i] = Markdig.Markdown.ToHtml(markdown, MarkdownPipelineFactory.Create()));

        Assert.All(results, html => Assert.Equal(expected, html));
    }

    internal static string TextOf(string html) =>
        new HtmlParser().ParseDocument("<!DOCTYPE html><body><pre><code>" + html + "</code></pre>").QuerySelector("code")!.TextContent;

    [GeneratedRegex("<span class=\"([^\"]*)\"")]
    private static partial Regex SpanClass();

    [GeneratedRegex(@"^```(?<lang>[A-Za-z#+-]+)[^\n]*\n(?<code>.*?\n)```", RegexOptions.Multiline | RegexOptions.Singleline)]
    internal static partial Regex FencedBlock();
}
