using System.Diagnostics;

namespace StaticCatalog.Browser.Tests.Support;

/// <summary>
/// Finds the Chromium the browser tests drive, and installs Debian's <c>chromium</c> package when it is missing, so
/// <c>dotnet test</c> on a fresh Debian machine with only the .NET SDK runs them: with <c>apt-get</c> when the tests
/// run as root, through <c>sudo -n</c> when passwordless sudo works; anywhere else it fails with one line that says
/// what to install. A file lock in /tmp keeps two test processes from running apt at once; the install happens
/// at most once per process (the first <see cref="Path"/>).
/// </summary>
public static class ChromiumInstall
{
    /// <summary>Where Debian's package puts the browser.</summary>
    public const string DebianPath = "/usr/bin/chromium";

    /// <summary>Names another Chromium binary; it is never installed, only checked.</summary>
    public const string Variable = "STATICCATALOG_CHROMIUM";

    private const string LockPath = "/tmp/staticcatalog-chromium-install.lock";

    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(15);

    private static readonly TimeSpan AptTimeout = TimeSpan.FromMinutes(15);

    private static readonly Lazy<string> Found = new(FindOrInstall);

    /// <summary>The Chromium binary, installed first if need be; throws, saying what to do, when it cannot be.</summary>
    public static string Path => Found.Value;

    /// <summary>What the install printed (how long it took), or null when Chromium was already there.</summary>
    public static string? Report { get; private set; }

    private static string FindOrInstall()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } chosen)
        {
            return File.Exists(chosen)
                ? chosen
                : throw new FileNotFoundException($"{Variable} names {chosen}, which does not exist: set it to a Chromium binary or unset it to use {DebianPath}.", chosen);
        }

        if (File.Exists(DebianPath))
        {
            return DebianPath;
        }

        var elevate = HowToInstall();
        using (AcquireLock())
        {
            if (File.Exists(DebianPath))
            {
                return DebianPath; // another test process installed it while this one waited
            }

            var clock = Stopwatch.StartNew();
            Run(elevate, "apt-get", "update");
            Run(elevate, "apt-get", "install", "-y", "chromium");
            if (!File.Exists(DebianPath))
            {
                throw new InvalidOperationException($"apt-get installed the chromium package but {DebianPath} is still missing.");
            }

            Report = $"Chromium was not installed: installed Debian's chromium package in {clock.Elapsed.TotalSeconds:F1} s.";
            Console.Error.WriteLine(Report);
            return DebianPath;
        }
    }

    /// <summary>Null when the tests run as root, "sudo" when passwordless sudo works; otherwise throws the one-line advice.</summary>
    private static string? HowToInstall()
    {
        const string advice = "Chromium is not installed and this user cannot install it: run `sudo apt-get install chromium` (Debian/Ubuntu) or set "
                              + Variable + " to a Chromium binary.";
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
        {
            throw new InvalidOperationException($"Chromium is not at {DebianPath} and this is no Debian/Ubuntu machine to install it with apt-get: install Chromium and set {Variable} to its binary.");
        }

        if (Environment.UserName == "root" || TryRun("id", "-u") == "0")
        {
            return null;
        }

        return TryRun("sudo", "-n", "true") is not null ? "sudo" : throw new InvalidOperationException(advice);
    }

    /// <summary>An exclusive lock on a file in /tmp (flock, released when the process ends even if it is killed).</summary>
    private static FileStream AcquireLock()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (clock.Elapsed < LockTimeout)
            {
                Thread.Sleep(500); // another test process is installing
            }
            catch (UnauthorizedAccessException) when (clock.Elapsed < LockTimeout)
            {
                Thread.Sleep(500); // left by another user: wait for it as for a held lock
            }
        }
    }

    private static void Run(string? elevate, string program, params string[] args)
    {
        var info = new ProcessStartInfo(elevate ?? program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (elevate is not null)
        {
            info.ArgumentList.Add("-n");
            info.ArgumentList.Add("env");
            info.ArgumentList.Add("DEBIAN_FRONTEND=noninteractive");
            info.ArgumentList.Add(program);
        }

        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var command = string.Join(' ', info.ArgumentList.Prepend(info.FileName));
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + command);
        var output = new List<string>();
        process.OutputDataReceived += (_, e) => Collect(output, e.Data);
        process.ErrorDataReceived += (_, e) => Collect(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(AptTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command}` did not finish in {AptTimeout.TotalMinutes} minutes:\n{Tail(output)}");
        }

        process.WaitForExit(); // the last lines of output
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Chromium is not installed: `{command}` exited with {process.ExitCode}; its last lines:\n{Tail(output)}");
        }
    }

    private static void Collect(List<string> output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }

    private static string Tail(List<string> output)
    {
        lock (output)
        {
            return string.Join('\n', output.TakeLast(20));
        }
    }

    /// <summary>The trimmed output of a command that exited with 0, or null (failed, or not there).</summary>
    private static string? TryRun(string program, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill();
                return null;
            }

            return process.ExitCode == 0 ? output.Result.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no such program
        }
    }
}
