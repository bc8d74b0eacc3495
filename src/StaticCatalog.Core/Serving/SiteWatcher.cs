using System.Diagnostics;

namespace StaticCatalog.Serving;

/// <summary>
/// Watches the seeds, input and theme folders and reports changed paths in batches: a batch closes once no
/// change has come for <c>quiet</c> (an editor's save is often several events). Batches are reported one at a time,
/// on a task of their own, with the time of the batch's first change.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string[] _ignored;
    private readonly TimeSpan _quiet;
    private readonly Action<IReadOnlyList<string>, long> _onChange;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private List<string> _changed = [];
    private long _firstChange;
    private long _lastChange;

    /// <param name="folders">Folders to watch with their subfolders; missing ones are skipped.</param>
    /// <param name="ignored">Path prefixes whose changes are not reported (the output folder, with its trailing separator, and its staging folders).</param>
    /// <param name="quiet">How long a batch stays open after its last change.</param>
    /// <param name="onChange">Called with a batch of paths and the <see cref="Stopwatch.GetTimestamp"/> of its first change.</param>
    public SiteWatcher(IEnumerable<string> folders, IEnumerable<string> ignored, TimeSpan quiet, Action<IReadOnlyList<string>, long> onChange)
    {
        _ignored = ignored.Select(Path.GetFullPath).ToArray(); // prefixes: a folder ends with its separator
        _quiet = quiet;
        _onChange = onChange;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(e.OldFullPath);
                Add(e.FullPath);
            };
            // Events were lost: report the folder itself, which makes the rebuild look at everything in it.
            watcher.Error += (_, _) => Add(watcher.Path);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        _loop = Task.Run(Loop);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _stop.Cancel();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation.
        }

        _stop.Dispose();
        _signal.Dispose();
    }

    private void Add(string path)
    {
        if (_ignored.Any(folder => path.StartsWith(folder, StringComparison.Ordinal)))
        {
            return;
        }

        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            if (_changed.Count == 0)
            {
                _firstChange = now;
            }

            _lastChange = now;
            _changed.Add(path);
        }

        _signal.Release();
    }

    private async Task Loop()
    {
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            try
            {
                await _signal.WaitAsync(token);
                while (true)
                {
                    long last;
                    lock (_gate)
                    {
                        last = _lastChange;
                    }

                    var wait = _quiet - Stopwatch.GetElapsedTime(last);
                    if (wait <= TimeSpan.Zero)
                    {
                        break;
                    }

                    await Task.Delay(wait, token);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            List<string> batch;
            long first;
            lock (_gate)
            {
                (batch, _changed) = (_changed, []);
                first = _firstChange;
                while (_signal.CurrentCount > 0)
                {
                    _signal.Wait(0);
                }
            }

            if (batch.Count > 0)
            {
                _onChange(batch.Distinct(StringComparer.Ordinal).ToList(), first);
            }
        }
    }
}
