using System.Diagnostics;

namespace StaticCatalog.Tests.Cli;

/// <summary>
/// A <c>staticcatalog</c> process a test talks to while it runs: its output and error lines are gathered as they
/// come, so a test can wait for one (<see cref="WaitForLine"/>) and read the rest when it has ended.
/// </summary>
public sealed class RunningProgram : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _out = [];
    private readonly List<string> _error = [];
    private readonly Task _pumps;

    public RunningProgram(Process process)
    {
        _process = process;
        _pumps = Task.WhenAll(Pump(process.StandardOutput, _out), Pump(process.StandardError, _error));
    }

    public int Id => _process.Id;

    public Process Process => _process;

    public string Out => Joined(_out);

    public string Error => Joined(_error);

    /// <summary>Waits until a line of output or errors contains <paramref name="text"/>; false if the program ended or time ran out first.</summary>
    public bool WaitForLine(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (Out.Contains(text, StringComparison.Ordinal) || Error.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            if (_pumps.IsCompleted)
            {
                return false;
            }

            Thread.Sleep(50);
        }

        return false;
    }

    /// <summary>Waits for the program to end and for its last lines; its exit code.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("staticcatalog did not end; its errors so far:\n" + Error);
        }

        _pumps.Wait(timeout);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static async Task Pump(StreamReader reader, List<string> lines)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }

    private static string Joined(List<string> lines)
    {
        lock (lines)
        {
            return string.Join('\n', lines);
        }
    }
}
