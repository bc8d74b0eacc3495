using System.Text.RegularExpressions;
using StaticCatalog.Tests.Cli;

namespace StaticCatalog.Tests.Support;

/// <summary>
/// A working folder as a user has it after a good build: <c>seeds/</c> with one good post and the site it gave in
/// <c>_site/</c>. A test adds bad input, runs the real program (<see cref="Build"/>) and checks what the user sees: the
/// exit code, the diagnostic lines on stderr, and that <c>_site/</c> is still the previous site, byte for byte.
/// </summary>
public sealed class PreviousSite : IDisposable
{
    public const string GoodPost = "seeds/2025-12-01-good.md";

    private readonly TempFolder _folder = new();
    private readonly SortedDictionary<string, string> _before;

    public PreviousSite()
    {
        _folder.Write(GoodPost, TestSite.Post("Good post"));
        var first = TestSite.BuildWithRepositoryTheme(_folder.Combine("seeds"), Output);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        _before = OutputTrees.Hashes(Output);
    }

    public TempFolder Folder => _folder;

    public string Output => _folder.Combine("_site");

    /// <summary>Writes a file below the working folder (e.g. <c>seeds/bad.md</c>).</summary>
    public string Write(string relativePath, string text) => _folder.Write(relativePath, text);

    public string WriteBytes(string relativePath, byte[] bytes) => _folder.WriteBytes(relativePath, bytes);

    /// <summary>Runs <c>staticcatalog build</c> in the working folder, as a user would type it.</summary>
    public CliRunner.Run Build(params string[] extra) => CliRunner.Build(_folder.Path, extra);

    /// <summary>The diagnostic lines the run printed, each checked to be in the MSBuild form with a position.</summary>
    public static IReadOnlyList<string> Diagnostics(CliRunner.Run run)
    {
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(lines, line => Assert.Matches(@"^\S.*\(\d+,\d+\): (error|warning) SC\d{4}: \S", line));
        return lines;
    }

    /// <summary>
    /// Asserts a failed build: exit code 1, exactly one error, <c>path(line,col): error code: </c> with this position,
    /// the summary saying the site was left as it was, and the previous site byte-identical with no staging folder left.
    /// </summary>
    public string AssertFailedWith(CliRunner.Run run, string path, int line, int column, string code) =>
        AssertFailedWithEach(run, (path, line, column, code)).Single();

    /// <summary>
    /// Asserts a failed build with exactly these errors (one line each, in any order: a build reports every bad seed),
    /// exit code 1, the previous site byte-identical and no staging folder left. Returns the error lines as expected.
    /// </summary>
    public IReadOnlyList<string> AssertFailedWithEach(CliRunner.Run run, params (string Path, int Line, int Column, string Code)[] expected)
    {
        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}\n{run.Out}\n{run.Error}");
        var errors = Diagnostics(run).Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        var found = expected.Select(e =>
        {
            var prefix = $"{e.Path}({e.Line},{e.Column}): error {e.Code}: ";
            return Assert.Single(errors, l => l.StartsWith(prefix, StringComparison.Ordinal));
        }).ToList();
        Assert.True(errors.Count == expected.Length, "other errors than expected:\n" + string.Join("\n", errors));
        Assert.Contains("Build failed, _site/ was left as it was", run.Out);
        AssertPreviousSiteUntouched();
        return found;
    }

    /// <summary>Every file of the previous site is there with the same bytes, nothing was added, and no staging folder is left.</summary>
    public void AssertPreviousSiteUntouched()
    {
        Assert.Equal(_before, OutputTrees.Hashes(Output));
        Assert.Empty(Directory.GetDirectories(_folder.Path, ".*"));
    }

    /// <summary>Asserts a build that succeeded with no error (warnings allowed) and wrote the post page at <paramref name="sitePath"/>.</summary>
    public void AssertBuiltWith(CliRunner.Run run, string sitePath)
    {
        Assert.True(run.ExitCode == 0, $"exit code {run.ExitCode}\n{run.Out}\n{run.Error}");
        Assert.DoesNotContain(Diagnostics(run), l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Matches(new Regex(@"^Built _site/: \d+ post\(s\) read", RegexOptions.Multiline), run.Out);
        Assert.True(File.Exists(Path.Combine(Output, sitePath)), sitePath + " was not written");
    }

    public void Dispose() => _folder.Dispose();
}
