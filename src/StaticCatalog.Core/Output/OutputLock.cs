using System.Diagnostics;
using System.Globalization;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Output;

/// <summary>
/// The right to write an output folder, held by one process at a time: <c>._site.lock</c> beside <c>_site</c>
/// (the naming of <c>._site.staging</c>), opened with <see cref="FileShare.None"/> and kept open, which the OS
/// turns into an exclusive lock (<c>flock</c> on Unix) that it drops when the process ends, even on
/// <c>kill -9</c>. Beside it <c>._site.lock.json</c> names the holder (pid, host, start time, command line) so a
/// waiting process can say what it waits for. The lock file itself stays (deleting it would let a process that
/// opened it just before lock a file no one else sees); the holder file goes when the lock is released.
/// </summary>
/// <remarks>
/// A holder file left by a process that was killed is stale: its OS lock is gone, and when it names a pid of this
/// host that no longer runs that is certain. It is taken over, and <see cref="TakenOverFrom"/> says whose it was.
/// Where the OS lock has no effect (a file system without <c>flock</c>), a holder file naming a live process of
/// this host still keeps others out.
/// </remarks>
public sealed class OutputLock : IDisposable
{
    // EWOULDBLOCK from flock on Unix; ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION on Windows.
    private static readonly int[] HeldResults = [11, 35, unchecked((int)0x80070020), unchecked((int)0x80070021)];

    private readonly FileStream? _stream;
    private readonly string? _holderPath;

    private OutputLock(FileStream? stream, string? holderPath, OutputLockHolder? takenOverFrom)
    {
        _stream = stream;
        _holderPath = holderPath;
        TakenOverFrom = takenOverFrom;
    }

    /// <summary>A lock that holds nothing, for a write that will not happen (an output folder the build refuses).</summary>
    public static OutputLock None() => new(null, null, null);

    /// <summary>The holder whose stale lock this one took over, or null.</summary>
    public OutputLockHolder? TakenOverFrom { get; }

    /// <summary><c>._site.lock</c> for <c>_site</c>: beside the output folder, never inside the published site.</summary>
    public static string LockPath(string outputDirectory) => Beside(outputDirectory, ".lock");

    /// <summary><c>._site.lock.json</c>: who holds the lock.</summary>
    public static string HolderPath(string outputDirectory) => Beside(outputDirectory, ".lock.json");

    /// <summary>
    /// Takes the lock for <paramref name="outputDirectory"/>, waiting for another holder as <paramref name="wait"/>
    /// says. <paramref name="notice"/> is told once that it waits, and of a stale lock taken over. Null when it gave
    /// up (error SC5002 reported; <paramref name="display"/> is the folder as the user named it).
    /// </summary>
    public static OutputLock? Take(string outputDirectory, string display, OutputLockWait wait, Action<string> notice, DiagnosticBag diagnostics)
    {
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            if (TryTake(outputDirectory, out var holder) is { } taken)
            {
                if (taken.TakenOverFrom is { } stale)
                {
                    var why = stale.MayBeRunning() ? "which no longer holds it" : "which is no longer running";
                    notice($"note: took over the lock on {display} left by {stale}, {why}");
                }

                return taken;
            }

            // The holder file may lag its lock by a moment, or still name a killed holder the new one replaces.
            var known = holder is not null && holder.MayBeRunning();
            var waited = clock.Elapsed;
            if (wait.NoWait && (known || waited > TimeSpan.FromSeconds(1)))
            {
                diagnostics.Add(Diagnostic.Error(display, 0, 0, DiagnosticCodes.OutputLocked,
                    $"{display} is being written by {Describe(holder)}; wait for it, or run again without --no-wait"));
                return null;
            }

            if (waited > wait.Patience)
            {
                var patience = wait.Patience >= TimeSpan.FromMinutes(1)
                    ? string.Create(CultureInfo.InvariantCulture, $"{wait.Patience.TotalMinutes:0.#} minutes")
                    : string.Create(CultureInfo.InvariantCulture, $"{wait.Patience.TotalSeconds:0.#} s");
                diagnostics.Add(Diagnostic.Error(display, 0, 0, DiagnosticCodes.OutputLocked,
                    $"gave up after {patience} waiting for {Describe(holder)} to finish writing {display}"));
                return null;
            }

            if (!told && !wait.NoWait && (known || waited > TimeSpan.FromSeconds(2)))
            {
                notice($"waiting for {Describe(holder)} to finish writing {display}");
                told = true;
            }

            Thread.Sleep(wait.NoWait ? TimeSpan.FromMilliseconds(50) : wait.Poll);
        }
    }

    /// <summary>
    /// One attempt: the lock, or null when another process holds it (<paramref name="holder"/> names it when its
    /// holder file could be read). When no lock can be made at all (the folder beside the output cannot be
    /// written) the lock returned holds nothing: writing the site fails there too, and reports why.
    /// </summary>
    public static OutputLock? TryTake(string outputDirectory, out OutputLockHolder? holder)
    {
        holder = null;
        var lockPath = LockPath(outputDirectory);
        var holderPath = HolderPath(outputDirectory);
        FileStream stream;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (ex.GetType() == typeof(IOException) && HeldResults.Contains(ex.HResult))
        {
            holder = OutputLockHolder.Read(holderPath);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return None();
        }

        var previous = OutputLockHolder.Read(holderPath);
        if (previous is not null && previous.Pid != Environment.ProcessId && IsThisHost(previous) && previous.MayBeRunning())
        {
            // The OS lock was free yet the holder runs: this file system ignores it; the holder file decides.
            stream.Dispose();
            holder = previous;
            return null;
        }

        try
        {
            var temporary = holderPath + ".tmp";
            File.WriteAllText(temporary, OutputLockHolder.Current().ToJson());
            File.Move(temporary, holderPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The lock holds without its holder file; others then wait without a name to give.
        }

        return new OutputLock(stream, holderPath, previous);
    }

    /// <summary>Releases the lock: the holder file goes first, then the OS lock.</summary>
    public void Dispose()
    {
        if (_stream is null)
        {
            return;
        }

        try
        {
            File.Delete(_holderPath!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A holder file left behind is stale once the OS lock is gone; the next build takes it over.
        }

        _stream.Dispose();
    }

    private static string Describe(OutputLockHolder? holder) => holder?.ToString() ?? "another process (it has not said which)";

    private static bool IsThisHost(OutputLockHolder holder) => string.Equals(holder.Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase);

    private static string Beside(string outputDirectory, string suffix)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? output;
        return Path.Combine(parent, $".{Path.GetFileName(output)}{suffix}");
    }
}
