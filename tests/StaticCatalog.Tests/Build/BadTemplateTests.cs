using StaticCatalog.Diagnostics;
using StaticCatalog.Tests.Cli;

namespace StaticCatalog.Tests.Build;

/// <summary>
/// A theme (a copy of themes/default with one layout changed) whose template does not parse or never ends: an error
/// naming the template file, line and column, exit code 1, no hang, and the previous site untouched.
/// </summary>
[Trait("Category", "Program")]
public sealed class BadTemplateTests : IDisposable
{
    private readonly PreviousSite _site = new();

    /// <summary>A copy of the default theme in <c>theme/</c> with <c>layouts/post.sbn-html</c> replaced.</summary>
    private void UseThemeWithPostLayout(string layout)
    {
        FolderCopy.Copy(RepoPaths.Theme, _site.Folder.Combine("theme"));
        _site.Write("theme/layouts/post.sbn-html", layout);
    }

    private CliRunner.Run BuildWithTheme() => CliRunner.Start(_site.Folder.Path,
        "build", "--seeds", "seeds", "--input", RepoPaths.Input, "--theme", "theme");

    [Theory]
    [InlineData("an if without end (Scriban points at the last token)", "<h1>{{ post.title }}</h1>\n<p>{{ if post.author }}by {{ post.author }}</p>\n", 2, 44)]
    [InlineData("an end without a block", "<h1>{{ post.title }}</h1>\n<p>{{ end }}</p>\n", 2, 9)]
    [InlineData("a pipe to nothing", "<h1>{{ post.title | }}</h1>\n", 1, 21)]
    [InlineData("a for without its variable", "<h1>{{ post.title }}</h1>\n{{ for in post.tags }}{{ end }}\n", 2, 4)]
    public void A_template_syntax_error_is_sc3001_at_its_file_line_and_column(string what, string layout, int line, int column)
    {
        UseThemeWithPostLayout(layout);

        var error = _site.AssertFailedWith(BuildWithTheme(), "theme/layouts/post.sbn-html", line, column, DiagnosticCodes.TemplateSyntax);

        Assert.True(error.Length > "theme/layouts/post.sbn-html(1,1): error SC3001: ".Length + 5, what + ": " + error);
    }

    [Theory]
    [InlineData("an endless while", "<h1>{{ post.title }}</h1>\n<p>{{ while true }}{{ end }}</p>\n", "layouts/post.sbn-html", 2, 7, "iteration limit")]
    [InlineData("a huge for", "<h1>{{ post.title }}</h1>\n<ul>{{ for i in 1..1000000000 }}<li>{{ i }}</li>{{ end }}</ul>\n", "layouts/post.sbn-html", 2, 18, "LoopLimit")]
    [InlineData("a huge for in an include", "<h1>{{ post.title }}</h1>\n{{ include 'partials/spin' }}\n", "partials/spin.sbn-html", 2, 14, "LoopLimit")]
    public void An_endless_loop_is_stopped_by_the_loop_limit_as_sc3002_naming_the_template(string what, string layout, string template, int line, int column, string message)
    {
        UseThemeWithPostLayout(layout);
        _site.Write("theme/partials/spin.sbn-html", "<p>\n{{ for i in 0..2000000000 }}{{ i }}{{ end }}\n</p>\n");

        var run = BuildWithTheme(); // CliRunner stops it after two minutes: a hang fails the test

        var error = _site.AssertFailedWith(run, "theme/" + template, line, column, DiagnosticCodes.TemplateRuntime);
        Assert.True(error.Contains(message, StringComparison.Ordinal), what + ": " + error);
        Assert.Contains("(while rendering /posts/2025/12/good-post/)", error);
    }

    public void Dispose() => _site.Dispose();
}
