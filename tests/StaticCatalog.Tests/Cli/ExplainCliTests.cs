using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Cli;

/// <summary><c>staticcatalog explain</c> as a user runs it.</summary>
[Trait("Category", "Program")]
public sealed class ExplainCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Explain_prints_one_codes_meaning_and_what_to_do()
    {
        var run = CliRunner.Start(_folder.Path, "explain", "sc1008");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.StartsWith("SC1008 MissingDate (error; Seed posts)", run.Out);
        Assert.Contains("no `YYYY-MM-DD-` prefix in the file name", run.Out);
        Assert.Contains("What to do: Add `date: YYYY-MM-DD`", run.Out);
    }

    [Fact]
    public void Explain_without_a_code_lists_every_code_one_a_line()
    {
        var run = CliRunner.Start(_folder.Path, "explain");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DiagnosticCatalog.Entries.Select(e => e.Code), lines.Select(l => l[..6]));
        Assert.Contains(lines, l => l.StartsWith("SC1003  warning", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_markdown_prints_exactly_docs_error_codes_md()
    {
        var run = CliRunner.Start(_folder.Path, "explain", "--markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "error-codes.md")).ReplaceLineEndings("\n"), run.Out);
    }

    [Fact]
    public void An_unknown_code_is_a_usage_error()
    {
        var run = CliRunner.Start(_folder.Path, "explain", "SC9999");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("error SC0002: 'SC9999' is not a StaticCatalog diagnostic code", run.Error);
    }

    public void Dispose() => _folder.Dispose();
}
