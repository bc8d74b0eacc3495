using System.Diagnostics;
using StaticCatalog.Tests.Cli;

namespace StaticCatalog.Tests.Package;

/// <summary>
/// The tool as a user gets it, made once for every test of the class (packing takes minutes): <c>dotnet pack</c>
/// of src/StaticCatalog.Cli into a temp feed, then <c>dotnet tool install --tool-path</c> from that feed alone
/// (a nuget.config with <c>&lt;clear/&gt;</c>, and a package cache of its own so no older 0.1.0 is reused).
/// </summary>
public sealed class InstalledToolFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public InstalledToolFixture()
    {
        var feed = _folder.Combine("feed");
        _folder.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = _folder.Combine("packages") };

        var watch = Stopwatch.StartNew();
        var pack = CliRunner.Exec("dotnet", _folder.Path, environment, "pack", Path.Combine(RepoPaths.Root, "src", "StaticCatalog.Cli"), "-o", feed, "-v", "q");
        PackTime = watch.Elapsed;
        Assert.True(pack.ExitCode == 0, $"dotnet pack failed:\n{pack.Out}\n{pack.Error}");
        Package = Assert.Single(Directory.GetFiles(feed, "StaticCatalog.*.nupkg"));

        watch.Restart();
        var install = CliRunner.Exec("dotnet", _folder.Path, environment,
            "tool", "install", "--tool-path", _folder.Combine("tools"), "--configfile", _folder.Combine("nuget.config"), "--add-source", feed, "StaticCatalog");
        InstallTime = watch.Elapsed;
        Assert.True(install.ExitCode == 0, $"dotnet tool install failed:\n{install.Out}\n{install.Error}");
        Program = _folder.Combine("tools", OperatingSystem.IsWindows() ? "staticcatalog.exe" : "staticcatalog");
    }

    /// <summary>The installed <c>staticcatalog</c> command.</summary>
    public string Program { get; }

    public string Package { get; }

    public TimeSpan PackTime { get; }

    public TimeSpan InstallTime { get; }

    /// <summary>Runs the installed tool in <paramref name="workingDirectory"/>.</summary>
    public CliRunner.Run Run(string workingDirectory, params string[] args) =>
        CliRunner.Exec(Program, workingDirectory, new Dictionary<string, string>(), args);

    public void Dispose() => _folder.Dispose();
}
