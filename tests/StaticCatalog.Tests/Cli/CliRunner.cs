using System.Diagnostics;

namespace StaticCatalog.Tests.Cli;

/// <summary>Runs the real <c>staticcatalog</c> program in a child process, as a user would.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Run Start(string workingDirectory, params string[] args)
    {
        using var process = Launch(workingDirectory, args);
        return Wait(process, ["staticcatalog", .. args], TimeSpan.FromMinutes(2));
    }

    /// <summary>Runs any program (<c>dotnet pack</c>, an installed tool) to its end, with extra environment variables.</summary>
    public static Run Exec(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(Info(program, workingDirectory, args, environment))!;
        return Wait(process, [program, .. args], TimeSpan.FromMinutes(10));
    }

    /// <summary><c>staticcatalog build</c> of the <c>seeds</c> folder of <paramref name="workingDirectory"/> with the repository's input and theme.</summary>
    public static Run Build(string workingDirectory, params string[] extra) =>
        Start(workingDirectory, ["build", "--seeds", "seeds", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, .. extra]);

    /// <summary>Starts the program with its output and errors redirected, for a test that talks to it while it runs (serve).</summary>
    public static Process Launch(string workingDirectory, params string[] args) =>
        Launch(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary><see cref="Launch(string, string[])"/> with environment variables set for the program.</summary>
    public static Process Launch(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        return Process.Start(Info("dotnet", workingDirectory, [Path.Combine(AppContext.BaseDirectory, "staticcatalog.dll"), .. args], environment))!;
    }

    private static Run Wait(Process process, string[] commandLine, TimeSpan timeout)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(string.Join(' ', commandLine) + " did not finish");
        }

        return new Run(process.ExitCode, output.Result, error.Result);
    }

    private static ProcessStartInfo Info(string program, string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return info;
    }
}
