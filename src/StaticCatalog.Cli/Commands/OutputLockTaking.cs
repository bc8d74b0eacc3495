using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Output;

namespace StaticCatalog.Cli.Commands;

/// <summary>
/// Takes the output folder's <see cref="OutputLock"/> for <c>build</c> and <c>serve</c> before either touches it,
/// printing the wait, a stale lock taken over, or error SC5002 on stderr.
/// </summary>
public static class OutputLockTaking
{
    /// <summary>
    /// Test hook: when set to a file path, the program pauses right after taking the lock until that file exists
    /// (two minutes at most), so a test can hold the lock while it starts or kills another process.
    /// </summary>
    public const string HoldVariable = "STATICCATALOG_TEST_HOLD_OUTPUT_LOCK";

    /// <summary>The lock, or null when it was not taken (reported; exit code 1).</summary>
    public static OutputLock? Take(BuildOptions options, SiteFolderSettings settings)
    {
        if (!OutputFolderCheck.IsSafe(options, new DiagnosticBag()))
        {
            return OutputLock.None(); // nothing will be written: the command refuses the folder and says why
        }

        var diagnostics = new DiagnosticBag();
        var wait = OutputLockWait.Default with { NoWait = settings.NoWait };
        var taken = OutputLock.Take(options.OutputDirectory, settings.Output, wait, Console.Error.WriteLine, diagnostics);
        foreach (var diagnostic in diagnostics.ToSortedList())
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        if (taken is not null && Environment.GetEnvironmentVariable(HoldVariable) is { Length: > 0 } release)
        {
            for (var waited = 0; waited < 2 * 60 * 20 && !File.Exists(release); waited++)
            {
                Thread.Sleep(50);
            }
        }

        return taken;
    }
}
