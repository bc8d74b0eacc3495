using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Build;

/// <summary>
/// Post bodies that are very large or very deep, built by the real program: a stack overflow would end the process
/// (it cannot be caught), so nesting past 64 levels is error SC1013 at the first element too deep; size is no error.
/// </summary>
[Trait("Category", "Program")]
public sealed class BadMarkdownTests : IDisposable
{
    private const string FrontMatter = "---\ntitle: Deep post\ndate: 2025-01-02\n---\n";

    private readonly PreviousSite _site = new();

    /// <summary>What is nested, and where the first level too deep is (line, column).</summary>
    private static readonly (string What, int Line, int Column)[] TooDeep =
    [
        ("block quotes", 5, 65), ("list items on one line", 5, 65), ("list items on their own lines", 5 + 32, 65),
        ("block quotes of list items", 5, 87), ("emphasis", 5, 125), ("link texts", 5, 65),
    ];

    [Fact]
    public void Ten_thousand_levels_are_an_error_at_the_first_level_too_deep_not_a_crash()
    {
        for (var i = 0; i < TooDeep.Length; i++)
        {
            _site.Write($"seeds/deep-{i}.md", FrontMatter + Deep(TooDeep[i].What, 10_000));
        }

        var errors = _site.AssertFailedWithEach(_site.Build(),
            [.. TooDeep.Select((deep, i) => ($"seeds/deep-{i}.md", deep.Line, deep.Column, DiagnosticCodes.MarkdownTooDeep))]);

        Assert.All(errors, error => Assert.Contains("more than 64 levels deep", error));
    }

    [Fact]
    public void Twenty_levels_build()
    {
        string[] kinds = ["block quotes", "list items on one line", "emphasis", "link texts"];
        for (var i = 0; i < kinds.Length; i++)
        {
            _site.Write($"seeds/2025-01-02-deep-{i}.md", FrontMatter.Replace("Deep post", $"Deep post {i}", StringComparison.Ordinal) + Deep(kinds[i], 20));
        }

        var run = _site.Build();

        for (var i = 0; i < kinds.Length; i++)
        {
            _site.AssertBuiltWith(run, $"posts/2025/01/deep-post-{i}/index.html");
        }
    }

    [Fact]
    public void A_ten_megabyte_post_builds_whole()
    {
        var paragraph = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.\n\n";
        _site.Write("seeds/2025-01-02-huge.md", FrontMatter + string.Concat(Enumerable.Repeat(paragraph, 100_000)) + "The last paragraph.\n");

        var run = _site.Build(); // CliRunner's two minutes are the hang guard

        _site.AssertBuiltWith(run, "posts/2025/01/deep-post/index.html");
        var page = File.ReadAllText(Path.Combine(_site.Output, "posts/2025/01/deep-post/index.html"));
        Assert.True(page.Length > 10_000_000, $"the page has {page.Length} characters");
        Assert.Contains("<p>The last paragraph.</p>", page);
    }

    [Fact]
    public void A_one_megabyte_line_builds_as_one_paragraph()
    {
        var line = string.Concat(Enumerable.Repeat("word ", 200_000)) + "end";
        _site.Write("seeds/2025-01-02-long.md", FrontMatter + line + "\n");

        var run = _site.Build();

        _site.AssertBuiltWith(run, "posts/2025/01/deep-post/index.html");
        Assert.Contains("word word end</p>", File.ReadAllText(Path.Combine(_site.Output, "posts/2025/01/deep-post/index.html")));
    }

    /// <summary>Markdown nested <paramref name="levels"/> deep, starting on line 5 of the file.</summary>
    private static string Deep(string what, int levels) => what switch
    {
        "block quotes" => new string('>', levels) + " deep\n",
        "list items on one line" => string.Concat(Enumerable.Repeat("- ", levels)) + "deep\n",
        "list items on their own lines" => string.Concat(Enumerable.Range(0, Math.Min(levels, 100)).Select(i => new string(' ', 2 * i) + "- item\n")),
        "block quotes of list items" => string.Concat(Enumerable.Repeat("> - ", levels)) + "deep\n",
        "emphasis" => new string('*', levels) + "deep" + new string('*', levels) + "\n",
        "link texts" => new string('[', levels) + "deep" + string.Concat(Enumerable.Repeat("](u)", levels)) + "\n",
        _ => throw new ArgumentOutOfRangeException(nameof(what)),
    };

    public void Dispose() => _site.Dispose();
}
