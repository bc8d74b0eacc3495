using System.Diagnostics;

namespace StaticCatalog.Tests.Cli;

/// <summary>Runs the real <c>staticcatalog</c> program in a child process, as a user would.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static Run Start(string workingDirectory, params string[] args)
    {
        using var process = Launch(workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("staticcatalog " + string.Join(' ', args) + " did not finish");
        }

        return new Run(process.ExitCode, output.Result, error.Result);
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
        var program = Path.Combine(AppContext.BaseDirectory, "staticcatalog.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(program);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }
}
