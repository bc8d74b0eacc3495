using System.Globalization;
using System.Runtime.InteropServices;
using Spectre.Console.Cli;
using StaticCatalog.Diagnostics;
using StaticCatalog.Output;
using StaticCatalog.Pipeline;
using StaticCatalog.Serving;

namespace StaticCatalog.Cli.Commands;

/// <summary>
/// <c>staticcatalog serve</c>: builds, serves the site on 127.0.0.1, rebuilds what changed when a seed, input or
/// theme file changes and reloads open tabs. Prints one line per rebuild, and of its diagnostics only those the
/// last build did not have (<see cref="ShownDiagnostics"/>). Holds the output folder's lock while it runs. Ctrl+C (or SIGTERM) stops it, exit code 0.
/// </summary>
public sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });

        var options = settings.ToOptions();
        var refused = new DiagnosticBag();
        if (!OutputFolderCheck.IsSafe(options, refused))
        {
            // Serve would write into (and serve) the sources or the working folder.
            foreach (var diagnostic in refused.ToSortedList())
            {
                Console.Error.WriteLine(diagnostic.ToString());
            }

            return CliApp.InputErrors;
        }

        // Held while serve runs: its writer knows what it last wrote to the folder, which another build would change.
        using var outputLock = OutputLockTaking.Take(options, settings);
        if (outputLock is null)
        {
            return CliApp.InputErrors;
        }

        PreviewSession preview;
        try
        {
            var shown = new ShownDiagnostics();
            preview = await PreviewSession.StartAsync(options, settings.Port,
                report => Print(report, shown.Next(report.Result.Diagnostics, report.Result.Kind == RebuildKind.Full), settings.Verbose), stop.Token);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"staticcatalog: error {DiagnosticCodes.ServeListen}: cannot listen on 127.0.0.1:{settings.Port}: {ex.Message}; choose another port with --port");
            return CliApp.InputErrors;
        }

        await using (preview)
        {
            Console.Out.WriteLine($"Serving {settings.Output}/ at {preview.Url} (watching {settings.Seeds}/, {settings.Input}/, {options.ThemeDirectory}/; Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM.
            }
        }

        Console.Out.WriteLine("Stopped.");
        return CliApp.Success;
    }

    private static void Print(RebuildReport report, DiagnosticsToShow diagnostics, bool verbose)
    {
        var result = report.Result;
        foreach (var diagnostic in diagnostics.Shown)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        if (verbose)
        {
            foreach (var timing in result.Timings)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timing.Stage,-12} {timing.Elapsed.TotalMilliseconds,8:F1} ms"));
            }
        }

        var ms = report.SinceChange.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
        var what = result.Kind switch
        {
            RebuildKind.Failed => $"Rebuild failed ({result.Diagnostics.Count(d => d.IsError)} error(s)); still serving the last good site",
            RebuildKind.Unchanged => "No change",
            RebuildKind.Bodies => $"Rebuilt the edited post(s): {result.PostsParsed} parsed, {result.FilesRendered} file(s) rendered, {result.Written.Count} written",
            _ => $"Rebuilt the site: {result.PostsParsed} post(s) parsed, {result.FilesRendered} file(s) rendered, {result.Written.Count} written, {result.Deleted.Count} deleted",
        };
        Console.Out.WriteLine(diagnostics.Summary is { } summary ? $"{what} in {ms} ms; {summary}" : $"{what} in {ms} ms");
    }
}
