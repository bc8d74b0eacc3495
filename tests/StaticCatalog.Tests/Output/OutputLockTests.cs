using StaticCatalog.Diagnostics;
using StaticCatalog.Output;

namespace StaticCatalog.Tests.Output;

/// <summary>The output lock in one process: a second taker waits, gives up with SC5002 when told, and gets the lock once it is released.</summary>
[Trait("Category", "Unit")]
public sealed class OutputLockTests : IDisposable
{
    private static readonly OutputLockWait Brief = new(false, TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(20));

    private readonly TempFolder _folder = new();

    private string Output => _folder.Combine("public");

    [Fact]
    public void The_lock_and_its_holder_file_are_beside_the_output_folder_named_as_the_staging_folder_is()
    {
        Assert.Equal(_folder.Combine(".public.lock"), OutputLock.LockPath(Output));
        Assert.Equal(_folder.Combine(".public.lock.json"), OutputLock.HolderPath(Output + "/"));
    }

    [Fact]
    public void While_the_lock_is_held_a_second_taker_waits_then_gives_up_with_sc5002_naming_the_holder()
    {
        var notices = new List<string>();
        var diagnostics = new DiagnosticBag();
        using (var held = OutputLock.Take(Output, "public", Brief, notices.Add, diagnostics))
        {
            Assert.NotNull(held);
            Assert.Equal(Environment.ProcessId, OutputLockHolder.Read(OutputLock.HolderPath(Output))?.Pid);

            var second = OutputLock.Take(Output, "public", Brief, notices.Add, diagnostics);

            Assert.Null(second);
        }

        var waiting = Assert.Single(notices);
        Assert.StartsWith($"waiting for {Environment.ProcessId} (staticcatalog ", waiting);
        Assert.EndsWith(" to finish writing public", waiting);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.OutputLocked, error.Code);
        Assert.StartsWith($"public: error SC5002: gave up after 0.4 s waiting for {Environment.ProcessId} (", error.ToString());
        Assert.False(File.Exists(OutputLock.HolderPath(Output)), "the holder file outlived its lock");
    }

    [Fact]
    public void No_wait_gives_up_at_once_and_a_released_lock_can_be_taken_again()
    {
        var diagnostics = new DiagnosticBag();
        var notices = new List<string>();
        var held = OutputLock.Take(Output, "public", Brief, notices.Add, diagnostics);
        var started = DateTime.UtcNow;

        Assert.Null(OutputLock.Take(Output, "public", Brief with { NoWait = true, Patience = TimeSpan.FromMinutes(10) }, notices.Add, diagnostics));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
        Assert.Contains("run again without --no-wait", Assert.Single(diagnostics.ToSortedList()).Message);

        held!.Dispose();
        using var again = OutputLock.Take(Output, "public", Brief with { NoWait = true }, notices.Add, diagnostics);
        Assert.NotNull(again);
        Assert.Empty(notices);
    }

    public void Dispose() => _folder.Dispose();
}
