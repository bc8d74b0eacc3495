using System.Diagnostics;
using StaticCatalog.Tests.Cli;

namespace StaticCatalog.Tests.Build;

/// <summary>
/// A build killed while it writes (SIGKILL: no clean-up code runs) leaves the previous site complete and byte-identical,
/// and the next build succeeds and leaves no staging folder behind.
/// </summary>
[Trait("Category", "Corpus")]
public sealed class InterruptedBuildTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Output => _folder.Combine("_site");

    private string Staging => _folder.Combine("._site.staging");

    [CorpusFact]
    public void A_build_killed_while_writing_leaves_the_previous_site_and_the_next_build_cleans_up()
    {
        FolderCopy.Copy(RepoPaths.Seeds, _folder.Combine("seeds"));
        var previous = Build("seeds");
        Assert.True(previous.ExitCode == 0, previous.Error);
        var before = OutputTrees.Hashes(Output);
        Assert.NotEmpty(before);

        using (var corpusBuild = CliRunner.Launch(_folder.Path, "build", "--seeds", RepoPaths.Corpus, "--input", RepoPaths.Input, "--theme", RepoPaths.Theme))
        {
            _ = corpusBuild.StandardOutput.ReadToEndAsync();
            _ = corpusBuild.StandardError.ReadToEndAsync();
            var writing = WaitUntilStagingHasFiles(corpusBuild, TimeSpan.FromMinutes(3));
            corpusBuild.Kill(entireProcessTree: true);
            Assert.True(corpusBuild.WaitForExit(TimeSpan.FromMinutes(1)), "the killed build did not end");
            Assert.True(writing, "the corpus build never wrote into " + Staging);
        }

        Assert.Equal(before, OutputTrees.Hashes(Output));

        var next = Build("seeds");
        Assert.True(next.ExitCode == 0, next.Error);
        Assert.Equal(before, OutputTrees.Hashes(Output)); // the same seeds give the same site
        Assert.False(Directory.Exists(Staging), "the staging folder of the killed build is still there");
        Assert.Empty(Directory.GetDirectories(_folder.Path, ".*"));
    }

    private CliRunner.Run Build(string seeds) =>
        CliRunner.Start(_folder.Path, "build", "--seeds", seeds, "--input", RepoPaths.Input, "--theme", RepoPaths.Theme);

    /// <summary>True once the staging folder holds at least a few hundred files (the build is well into writing); false if the build ended or time ran out first.</summary>
    private bool WaitUntilStagingHasFiles(Process build, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !build.HasExited)
        {
            try
            {
                if (Directory.Exists(Staging) && Directory.EnumerateFiles(Staging, "*", SearchOption.AllDirectories).Skip(200).Any())
                {
                    return true;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A folder made or renamed while it was listed: look again.
            }

            Thread.Sleep(50);
        }

        return false;
    }

    public void Dispose() => _folder.Dispose();
}
