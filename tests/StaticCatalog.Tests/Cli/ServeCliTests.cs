using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using StaticCatalog.Tests.Support;

namespace StaticCatalog.Tests.Cli;

/// <summary><c>staticcatalog serve</c> run as a user runs it: it says where it serves, and Ctrl+C stops it cleanly.</summary>
[Trait("Category", "Program")]
public sealed partial class ServeCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public ServeCliTests()
    {
        _folder.Write(Path.Combine("seeds", "2025-01-10-post.md"), "---\ntitle: A post\ndate: 2025-01-10\n---\nHello from serve.\n");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Serve_prints_its_address_serves_the_site_and_stops_with_exit_code_0_on_ctrl_c()
    {
        using var process = CliRunner.Launch(_folder.Path, "serve", "--seeds", _folder.Combine("seeds"), "--output", _folder.Combine("_site"),
            "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--port", "0", "--base-url", "/my-repo/");
        var output = new List<string>();
        string? url = null;
        while (url is null && await process.StandardOutput.ReadLineAsync() is { } line)
        {
            output.Add(line);
            url = ServingLine().Match(line) is { Success: true } match ? match.Groups[1].Value : null;
        }

        Assert.True(url is not null, "no 'Serving ... at' line in: " + string.Join('\n', output));
        using var http = new HttpClient();
        Assert.Contains("A post", await http.GetStringAsync(url));

        Signal(process, "INT");
        var rest = await process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "serve did not stop after SIGINT");
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Stopped.", rest);
    }

    [Fact]
    public void A_port_in_use_is_error_SC8001_with_exit_code_1()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = CliRunner.Start(_folder.Path, "serve", "--seeds", _folder.Combine("seeds"), "--output", _folder.Combine("_site"),
            "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--port", port);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error SC8001: cannot listen on 127.0.0.1:{port}", run.Error);
    }

    [Fact]
    public void Serve_refuses_an_output_folder_that_holds_the_seeds()
    {
        var run = CliRunner.Start(_folder.Path, "serve", "--seeds", _folder.Combine("seeds"), "--output", ".",
            "--input", RepoPaths.Input, "--theme", RepoPaths.Theme, "--port", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SC5001: the output folder would replace", run.Error);
        Assert.DoesNotContain("Serving", run.Out);
        Assert.True(File.Exists(_folder.Combine("seeds", "2025-01-10-post.md")));
    }

    [GeneratedRegex(@"^Serving .* at (http://127\.0\.0\.1:\d+/my-repo/) ")]
    private static partial Regex ServingLine();

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
