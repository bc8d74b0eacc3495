using System.Diagnostics;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Pipeline;

namespace StaticCatalog.Serving;

/// <summary>
/// <c>staticcatalog serve</c>: builds the site, serves it (<see cref="PreviewServer"/>), watches the seeds, input
/// and theme folders, rebuilds on change (<see cref="SiteSession"/>: only what changed) and reloads open tabs.
/// A failed rebuild keeps the last good site on disk and shows its errors on every page until one succeeds.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    /// <summary>A save is often several file events: a batch closes after this long without one.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(15);

    private readonly SiteSession _session;
    private readonly LiveReloadHub _hub;
    private readonly Action<RebuildReport> _report;
    private PreviewServer? _server;
    private SiteWatcher? _watcher;

    private PreviewSession(SiteSession session, LiveReloadHub hub, Action<RebuildReport> report)
    {
        _session = session;
        _hub = hub;
        _report = report;
    }

    /// <summary>The site's root, such as <c>http://127.0.0.1:5080/my-repo/</c>.</summary>
    public string Url => _server!.Url;

    /// <summary>Builds, starts the server on 127.0.0.1:<paramref name="port"/> and starts watching.</summary>
    /// <param name="report">Told of the first build and of every rebuild (on the watcher's task).</param>
    public static async Task<PreviewSession> StartAsync(BuildOptions options, int port, Action<RebuildReport> report, CancellationToken cancellationToken = default)
    {
        var preview = new PreviewSession(new SiteSession(options), new LiveReloadHub(), report);
        var started = Stopwatch.GetTimestamp();
        var first = preview._session.Build();
        preview.Publish(first, started);
        var basePath = preview._session.Inputs?.Url.BasePath ?? "/";
        preview._server = await PreviewServer.StartAsync(options.OutputDirectory, basePath, port, preview._hub, cancellationToken);
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var staging = Path.Combine(Path.GetDirectoryName(output)!, "." + Path.GetFileName(output) + ".");
        preview._watcher = new SiteWatcher(
            [options.SeedsDirectory, options.InputDirectory, options.ThemeDirectory],
            [output + Path.DirectorySeparatorChar, staging],
            QuietPeriod,
            preview.Rebuild);
        return preview;
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private void Rebuild(IReadOnlyList<string> paths, long firstChange)
    {
        RebuildResult result;
        try
        {
            result = _session.Rebuild(paths);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file vanished or was locked mid-read: the next change event rebuilds again.
            result = Failed(Diagnostic.Error(paths[0], 0, 0, DiagnosticCodes.UnreadableFile, ex.Message));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug must not stop the watcher: report it, keep serving the last good site, and rebuild on the next change.
            result = Failed(Diagnostic.Error(paths[0], 0, 0, DiagnosticCodes.Internal, $"internal error while rebuilding ({ex.GetType().Name}: {ex.Message}); please report it"));
        }

        Publish(result, firstChange);
    }

    private static RebuildResult Failed(Diagnostic error) => new() { Kind = RebuildKind.Failed, Diagnostics = [error] };

    private void Publish(RebuildResult result, long firstChange)
    {
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        var sinceChange = Stopwatch.GetElapsedTime(firstChange);
        if (result.Kind != RebuildKind.Unchanged || !errors.SequenceEqual(_hub.Errors))
        {
            _hub.Publish(errors);
        }

        _report(new RebuildReport(result, sinceChange));
    }
}
