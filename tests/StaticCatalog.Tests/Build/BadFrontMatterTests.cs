using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Build;

/// <summary>
/// Front matter a user gets wrong, built by the real program over a previous good site: each is one error at the
/// line and column of what is wrong, exit code 1, and the previous site untouched.
/// </summary>
[Trait("Category", "Program")]
public sealed class BadFrontMatterTests : IDisposable
{
    private readonly PreviousSite _site = new();

    /// <summary>What is wrong, the seed, and where and what the error says.</summary>
    private static readonly (string What, string Text, int Line, int Column, string Code, string Message)[] BadYaml =
    [
        ("a tab indents a list item", "---\ntitle: T\ndate: 2025-01-02\ntags:\n\t- a\n---\nBody\n", 5, 1, DiagnosticCodes.InvalidYaml, "a tab indents this line"),
        ("a tab after spaces", "---\ntitle: T\ndate: 2025-01-02\ncatalog:\n  \tfeatures: []\n---\nBody\n", 5, 3, DiagnosticCodes.InvalidYaml, "a tab indents this line"),
        ("an unclosed double quote", "---\ntitle: \"Unclosed\ndate: 2025-01-02\n---\nBody\n", 2, 8, DiagnosticCodes.InvalidYaml, "invalid YAML"),
        ("an unclosed single quote", "---\ntitle: 'Unclosed\ndate: 2025-01-02\n---\nBody\n", 2, 8, DiagnosticCodes.InvalidYaml, "invalid YAML"),
        ("a key given twice", "---\ntitle: T\ndate: 2025-01-02\ntags: [a]\ntags: [b]\n---\nBody\n", 5, 1, DiagnosticCodes.InvalidYaml, "the key 'tags' appears twice"),
        ("the title given twice, far apart", "---\ntitle: First\ndate: 2025-01-02\nauthor: A\ntitle: Second\n---\nBody\n", 5, 1, DiagnosticCodes.InvalidYaml, "the key 'title' appears twice"),
        ("an alias with no anchor", "---\ntitle: *nothing\ndate: 2025-01-02\n---\nBody\n", 2, 8, DiagnosticCodes.InvalidYaml, "the alias '*nothing' names no anchor"),
        ("an alias inside its own anchor", "---\ntitle: T\ndate: 2025-01-02\nloop: &x [a, *x]\n---\nBody\n", 4, 14, DiagnosticCodes.InvalidYaml, "the alias '*x' is inside the value it names"),
        ("an alias inside its own anchor's map", "---\ntitle: T\ndate: 2025-01-02\nloop: &x\n  self: *x\n---\nBody\n", 5, 9, DiagnosticCodes.InvalidYaml, "the alias '*x' is inside the value it names"),
        ("a title that is a list", "---\ntitle: [Azure, DNS]\ndate: 2025-01-02\n---\nBody\n", 2, 8, DiagnosticCodes.WrongFieldType, "'title' must be text, not a list"),
        ("a title that is a block list", "---\ntitle:\n  - Azure\n  - DNS\ndate: 2025-01-02\n---\nBody\n", 3, 3, DiagnosticCodes.WrongFieldType, "'title' must be text, not a list"),
        ("a title that is a map", "---\ntitle: {name: Azure}\ndate: 2025-01-02\n---\nBody\n", 2, 8, DiagnosticCodes.WrongFieldType, "'title' must be text, not a map"),
        ("a title that is a block map", "---\ntitle:\n  name: Azure\ndate: 2025-01-02\n---\nBody\n", 3, 3, DiagnosticCodes.WrongFieldType, "'title' must be text, not a map"),
        ("a null title", "---\ntitle: null\ndate: 2025-01-02\n---\nBody\n", 2, 8, DiagnosticCodes.MissingTitle, "the 'title' is empty"),
        ("a ~ title", "---\ntitle: ~\ndate: 2025-01-02\n---\nBody\n", 2, 8, DiagnosticCodes.MissingTitle, "the 'title' is empty"),
        ("a title with no value", "---\ntitle:\ndate: 2025-01-02\n---\nBody\n", 2, 7, DiagnosticCodes.MissingTitle, "the 'title' is empty"),
        ("an empty quoted title", "---\ntitle: ''\ndate: 2025-01-02\n---\nBody\n", 2, 8, DiagnosticCodes.MissingTitle, "the 'title' is empty"),
    ];

    [Fact]
    public void Each_bad_front_matter_is_one_error_at_its_place_and_the_previous_site_stays()
    {
        for (var i = 0; i < BadYaml.Length; i++)
        {
            _site.Write($"seeds/bad-{i:D2}.md", BadYaml[i].Text);
        }

        var errors = _site.AssertFailedWithEach(_site.Build(),
            [.. BadYaml.Select((bad, i) => ($"seeds/bad-{i:D2}.md", bad.Line, bad.Column, bad.Code))]);

        for (var i = 0; i < BadYaml.Length; i++)
        {
            Assert.True(errors[i].Contains(BadYaml[i].Message, StringComparison.Ordinal), BadYaml[i].What + ": " + errors[i]);
        }
    }

    [Fact]
    public void A_number_a_boolean_or_a_date_as_title_is_read_as_the_text_written()
    {
        (string Title, string Page)[] titles =
            [("2024", "posts/2025/01/2024/index.html"), ("3.5", "posts/2025/01/3-5/index.html"), ("true", "posts/2025/01/true/index.html"),
                ("2025-01-02", "posts/2025/01/2025-01-02/index.html")];
        for (var i = 0; i < titles.Length; i++)
        {
            _site.Write($"seeds/2025-01-02-scalar-{i}.md", $"---\ntitle: {titles[i].Title}\ndate: 2025-01-02\n---\nBody\n");
        }

        var run = _site.Build();

        foreach (var (title, page) in titles)
        {
            _site.AssertBuiltWith(run, page);
            Assert.Contains($"<h1 id=\"post-title\">{title}</h1>", File.ReadAllText(Path.Combine(_site.Output, page)));
        }
    }

    [Fact]
    public void Anchors_and_aliases_that_repeat_a_value_are_read()
    {
        _site.Write("seeds/2025-01-02-aliases.md",
            "---\ntitle: &name Azure DNS update\nauthor: *name\ndate: 2025-01-02\ntags: &shared [DNS, Networking]\nsection_names: *shared\n---\nBody\n");

        var run = _site.Build();

        _site.AssertBuiltWith(run, "posts/2025/01/azure-dns-update/index.html");
        var page = File.ReadAllText(Path.Combine(_site.Output, "posts/2025/01/azure-dns-update/index.html"));
        Assert.Contains("Azure DNS update", page);
        Assert.True(File.Exists(Path.Combine(_site.Output, "sections/dns/index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "tags/networking/index.html")));
    }

    [Fact]
    public void A_billion_laughs_is_refused_at_the_alias_that_passes_the_limit_without_being_expanded()
    {
        var text = BillionLaughs(levels: 30);
        var parser = new PostParser(MarkdownPipelineFactory.Create());

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = parser.Parse(new SourceFile("seeds/laughs.md", "laughs.md", text));
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Null(result.Post);
        Assert.InRange(allocated, 0, 30_000_000);
        // Each alias counts the values it repeats (lol1: 10 x 1, lol2: 10 x 11, lol3: 10 x 111, 1,230 in all); the
        // eighth alias of lol4 (1,111 each) passes 10,000: line 8, column 13 + 7 x 7 + 1.
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidYaml, error.Code);
        Assert.Equal((8, 63), (error.Line, error.Column));
        Assert.Contains("billion laughs", error.Message);

        _site.Write("seeds/laughs.md", text);
        var run = _site.Build(); // CliRunner stops it after two minutes: a hang fails the test
        _site.AssertFailedWith(run, "seeds/laughs.md", error.Line, error.Column, DiagnosticCodes.InvalidYaml);
    }

    [Fact]
    public void Yaml_nested_ten_thousand_levels_deep_is_refused_at_the_first_level_too_deep()
    {
        // YamlDotNet builds its tree recursively: this overflowed the stack, which ends the process.
        _site.Write("seeds/deep.md", "---\ntitle: T\ndate: 2025-01-02\nextra: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\nBody\n");

        var error = _site.AssertFailedWith(_site.Build(), "seeds/deep.md", 4, 8 + 63, DiagnosticCodes.InvalidYaml);

        Assert.Contains("more than 64 levels deep", error);
    }

    /// <summary><c>lol0</c> is a text; each next level is a list of ten aliases of the one before: level n holds 10^n values.</summary>
    private static string BillionLaughs(int levels)
    {
        var lines = new List<string> { "---", "title: Laughs", "date: 2025-01-02", "lol0: &lol0 \"lol\"" };
        for (var i = 1; i < levels; i++)
        {
            lines.Add($"lol{i}: &lol{i} [{string.Join(", ", Enumerable.Repeat($"*lol{i - 1}", 10))}]");
        }

        return string.Join('\n', [.. lines, "---", "Body", ""]);
    }

    public void Dispose() => _site.Dispose();
}
