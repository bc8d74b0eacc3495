using System.Diagnostics;
using StaticCatalog.Cli.Commands;
using StaticCatalog.Output;

namespace StaticCatalog.Tests.Cli;

/// <summary>
/// Two builds into one output folder (a build while another runs, two CI jobs): the second waits for the first
/// and says for whom, or with <c>--no-wait</c> stops with error SC5002; a lock left by a killed build is taken over.
/// The test hook <see cref="OutputLockTaking.HoldVariable"/> makes a build pause with the lock held.
/// </summary>
[Trait("Category", "Program")]
public sealed class OutputLockCliTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly TempFolder _folder = new();

    public OutputLockCliTests()
    {
        for (var day = 1; day <= 9; day++)
        {
            _folder.Write($"seeds/2025-12-0{day}-post-{day}.md", TestSite.Post($"Post {day}", date: $"2025-12-0{day} 10:00:00 +00:00"));
        }
    }

    private string Release => _folder.Combine("release");

    private string HolderFile => _folder.Combine("._site.lock.json");

    [Fact]
    public void Two_builds_started_at_once_both_succeed_the_second_after_waiting_for_the_first()
    {
        using var first = StartHolding("--check");
        using var second = StartHolding("--check");
        var waiting = WaitUntil(() => first.Error.Contains("waiting for", StringComparison.Ordinal) || second.Error.Contains("waiting for", StringComparison.Ordinal));
        File.WriteAllText(Release, "");

        Assert.True(waiting, "neither build said it was waiting:\n" + first.Error + "\n" + second.Error);
        Assert.Equal(0, first.WaitForExit(Patience));
        Assert.Equal(0, second.WaitForExit(Patience));
        var (waiter, holder) = first.Error.Contains("waiting for", StringComparison.Ordinal) ? (first, second) : (second, first);
        Assert.Matches($@"^waiting for {holder.Id} \(staticcatalog build .*, started \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d UTC\) on \S+ to finish writing _site$", waiter.Error);
        Assert.Equal("", holder.Error); // no theme errors, no staging folder pulled away
        Assert.Contains("Built _site/: 9 post(s) read", first.Out);
        Assert.Contains("Built _site/: 9 post(s) read", second.Out);
        Assert.Contains("Checked _site/", waiter.Out);
        AssertSiteIsCompleteAndTheLockReleased();
    }

    [Fact]
    public void Two_builds_started_at_once_without_a_pause_both_succeed()
    {
        using var first = new RunningProgram(CliRunner.Launch(_folder.Path, BuildArgs("--check")));
        using var second = new RunningProgram(CliRunner.Launch(_folder.Path, BuildArgs("--check")));

        Assert.True(first.WaitForExit(Patience) == 0, first.Error);
        Assert.True(second.WaitForExit(Patience) == 0, second.Error);
        Assert.DoesNotContain("error", first.Error + second.Error, StringComparison.Ordinal);
        AssertSiteIsCompleteAndTheLockReleased();
    }

    [Fact]
    public void No_wait_while_another_build_holds_the_lock_is_sc5002_naming_it_and_writes_nothing()
    {
        using var holder = StartHolding();
        Assert.True(WaitUntil(() => OutputLockHolder.Read(HolderFile)?.Pid == holder.Id), "the holding build never wrote " + HolderFile + ":\n" + holder.Error);

        var refused = CliRunner.Start(_folder.Path, BuildArgs("--no-wait"));

        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith($"_site: error SC5002: _site is being written by {holder.Id} (staticcatalog build ", refused.Error);
        Assert.Contains("run again without --no-wait", refused.Error);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.False(Directory.Exists(_folder.Combine("_site")));
        File.WriteAllText(Release, "");
        Assert.Equal(0, holder.WaitForExit(Patience));
        AssertSiteIsCompleteAndTheLockReleased();
    }

    [Fact]
    public void A_lock_left_by_a_killed_build_is_taken_over_with_a_note()
    {
        using (var killed = StartHolding())
        {
            Assert.True(WaitUntil(() => OutputLockHolder.Read(HolderFile)?.Pid == killed.Id), "the build never took the lock:\n" + killed.Error);
            killed.Process.Kill(); // SIGKILL: no clean-up runs, the holder file stays
            killed.WaitForExit(Patience);
            Assert.Equal(killed.Id, OutputLockHolder.Read(HolderFile)?.Pid);

            var next = CliRunner.Start(_folder.Path, BuildArgs());

            Assert.True(next.ExitCode == 0, next.Error);
            Assert.StartsWith($"note: took over the lock on _site left by {killed.Id} (staticcatalog build ", next.Error);
            Assert.EndsWith(", which is no longer running\n", next.Error);
        }

        AssertSiteIsCompleteAndTheLockReleased();
    }

    [Fact]
    public void A_holder_file_naming_a_process_that_ended_is_taken_over()
    {
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        ended.WaitForExit();
        _folder.Write("._site.lock.json", new OutputLockHolder(ended.Id, Environment.MachineName, DateTimeOffset.UtcNow.AddMinutes(-5), "staticcatalog build").ToJson());

        var run = CliRunner.Start(_folder.Path, BuildArgs());

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"note: took over the lock on _site left by {ended.Id} (staticcatalog build, started ", run.Error);
        Assert.Contains("which is no longer running", run.Error);
        AssertSiteIsCompleteAndTheLockReleased();
    }

    [Fact]
    public void A_holder_file_naming_a_running_process_keeps_the_folder_even_where_the_os_lock_is_free()
    {
        // As on a file system that ignores flock: no OS lock is held, but the holder file names a live process (this one).
        using var self = Process.GetCurrentProcess();
        var live = new OutputLockHolder(Environment.ProcessId, Environment.MachineName, self.StartTime.ToUniversalTime(), "staticcatalog serve");
        _folder.Write("._site.lock.json", live.ToJson());

        var run = CliRunner.Start(_folder.Path, BuildArgs("--no-wait"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error SC5002: _site is being written by {Environment.ProcessId} (staticcatalog serve, started ", run.Error);
        Assert.False(Directory.Exists(_folder.Combine("_site")));
    }

    private static bool WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience)
            {
                return false;
            }

            Thread.Sleep(50);
        }

        return true;
    }

    private static string[] BuildArgs(params string[] extra) =>
        ["build", "--seeds", "seeds", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, .. extra];

    /// <summary>A build that pauses once it holds the lock, until the test writes <see cref="Release"/>.</summary>
    private RunningProgram StartHolding(params string[] extra) =>
        new(CliRunner.Launch(_folder.Path, new Dictionary<string, string> { [OutputLockTaking.HoldVariable] = Release }, BuildArgs(extra)));

    /// <summary>The site is what one build alone makes, the lock file stays beside it, and the holder file and staging folder are gone.</summary>
    private void AssertSiteIsCompleteAndTheLockReleased()
    {
        using var reference = new TempFolder();
        var alone = TestSite.BuildWithRepositoryTheme(_folder.Combine("seeds"), reference.Combine("_site"));
        Assert.True(alone.Succeeded);
        Assert.Equal(OutputTrees.Hashes(reference.Combine("_site")), OutputTrees.Hashes(_folder.Combine("_site")));
        Assert.Equal(["._site.lock"], Directory.GetFileSystemEntries(_folder.Path, "._site*").Select(Path.GetFileName));
        Assert.Empty(Directory.GetFiles(_folder.Combine("_site"), "*.lock*", SearchOption.AllDirectories));
    }

    public void Dispose() => _folder.Dispose();
}
