using System.Text.RegularExpressions;

namespace StaticCatalog.Tests.Cli;

/// <summary>
/// What a running <c>serve</c> prints and holds: a warning once, not again on every rebuild (a count instead), and the
/// output folder's lock for as long as it runs, so a <c>build</c> into the same folder cannot write under it.
/// </summary>
[Trait("Category", "Program")]
public sealed partial class ServeOutputTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Serve_prints_a_warning_once_then_counts_it_and_holds_the_output_lock_while_it_runs()
    {
        var tagged = _folder.Write("seeds/2025-01-10-tagged.md", TestSite.Post("Tagged", body: "An excerpt.<!--excerpt_end-->\n\nSee {% gist 42 %} here."));
        var plain = _folder.Write("seeds/2025-01-11-plain.md", TestSite.Post("Plain"));
        using var serve = new RunningProgram(CliRunner.Launch(_folder.Path, "serve", "--seeds", "seeds", "--input", RepoPaths.Input,
            "--theme", RepoPaths.Theme, "--port", "0"));
        Assert.True(serve.WaitForLine("Serving _site/ at", Patience), serve.Out + "\n" + serve.Error);

        File.WriteAllText(plain, TestSite.Post("Plain", body: "An excerpt.<!--excerpt_end-->\n\nAn edited body."));
        Assert.True(serve.WaitForLine("; 1 warning unchanged", Patience), serve.Out);
        File.WriteAllText(tagged, TestSite.Post("Tagged", body: "An excerpt.<!--excerpt_end-->\n\nNo tag now."));
        Assert.True(serve.WaitForLine("; 1 fixed", Patience), serve.Out);

        var build = CliRunner.Start(_folder.Path, "build", "--seeds", "seeds", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--no-wait");

        Assert.Equal(1, build.ExitCode);
        Assert.StartsWith($"_site: error SC5002: _site is being written by {serve.Id} (staticcatalog serve ", build.Error);
        Signal(serve, "INT");
        Assert.Equal(0, serve.WaitForExit(Patience));
        Assert.Single(UnknownTag().Matches(serve.Error));
        Assert.Matches(@"Rebuilt the edited post\(s\): .* in \d+ ms; 1 warning unchanged\n", serve.Out);
        Assert.False(File.Exists(_folder.Combine("._site.lock.json")), "serve left its holder file");
    }

    [GeneratedRegex(@"2025-01-10-tagged\.md\(\d+,\d+\): warning SC2002: ")]
    private static partial Regex UnknownTag();

    private static void Signal(RunningProgram program, string signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-" + signal, program.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
