using System.Collections.Concurrent;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Output;

/// <summary>
/// The new site while it is being built: files are written into a staging folder beside the output folder as
/// soon as they are rendered (so they need not all be held in memory), and <see cref="Commit"/> swaps it in with
/// two renames. Disposing it uncommitted deletes it, so a failed or killed build leaves the last good site in place.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly string _previous;
    private readonly string _display;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private Exception? _failure;
    private int _count;
    private bool _committed;

    private StagingFolder(string outputDirectory, string output, string staging, string previous)
    {
        _display = outputDirectory;
        _output = output;
        _staging = staging;
        _previous = previous;
    }

    /// <summary>Files written so far.</summary>
    public int Count => _count;

    /// <summary>Makes an empty staging folder for <paramref name="outputDirectory"/>; null when that fails (reported).</summary>
    public static StagingFolder? Create(string outputDirectory, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? output;
        var name = Path.GetFileName(output);
        var folder = new StagingFolder(outputDirectory, output, Path.Combine(parent, $".{name}.staging"), Path.Combine(parent, $".{name}.previous"));
        try
        {
            folder.RestoreInterruptedSwap();
            if (Directory.Exists(folder._staging))
            {
                Directory.Delete(folder._staging, recursive: true);
            }

            Directory.CreateDirectory(folder._staging);
            return folder;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            folder.Report(ex, diagnostics);
            return null;
        }
    }

    /// <summary>Writes one file into the staging folder. Thread-safe; a failure is kept and reported by <see cref="Commit"/>.</summary>
    public void Write(OutputFile file)
    {
        if (_failure is not null)
        {
            return;
        }

        try
        {
            var path = Path.Combine(_staging, file.RelativePath);
            var folder = Path.GetDirectoryName(path)!;
            if (!_folders.ContainsKey(folder))
            {
                Directory.CreateDirectory(folder);
                _folders[folder] = true;
            }

            // The staging folder starts empty, so the file is new: CreateNew spares the truncate that Create makes
            // after opening, and one positioned write spares the seek of a FileStream.
            using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write))
            {
                RandomAccess.Write(handle, file.Content, 0);
            }

            Interlocked.Increment(ref _count);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, ex, null);
        }
    }

    /// <summary>Swaps the staging folder in as the output folder; false when a write or the swap failed (reported; the old site stays).</summary>
    public bool Commit(DiagnosticBag diagnostics)
    {
        try
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            if (Directory.Exists(_output))
            {
                if (Directory.Exists(_previous))
                {
                    Directory.Delete(_previous, recursive: true);
                }

                Directory.Move(_output, _previous);
                Directory.Move(_staging, _output);
                _committed = true;
                Directory.Delete(_previous, recursive: true);
            }
            else
            {
                Directory.Move(_staging, _output);
                _committed = true;
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (!_committed)
            {
                Report(ex, diagnostics);
                RestoreInterruptedSwap();
            }

            // Committed but the old copy could not be deleted: the new site is in place; the next build removes the rest.
            return _committed;
        }
    }

    /// <summary>Deletes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        try
        {
            if (Directory.Exists(_staging))
            {
                Directory.Delete(_staging, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover staging folder is removed by the next build.
        }
    }

    private void Report(Exception ex, DiagnosticBag diagnostics) =>
        diagnostics.Add(Diagnostic.Error(_display, 0, 0, DiagnosticCodes.OutputWrite,
            $"the site could not be written: {ex.Message}; the previous site was left as it was"));

    /// <summary>A build killed between the two renames left the old site as <c>.name.previous</c>: put it back.</summary>
    private void RestoreInterruptedSwap()
    {
        try
        {
            if (!Directory.Exists(_output) && Directory.Exists(_previous))
            {
                Directory.Move(_previous, _output);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the next build tries again, and the old site is still on disk.
        }
    }
}
