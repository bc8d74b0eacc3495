using System.Collections.Concurrent;
using StaticCatalog.Diagnostics;
using StaticCatalog.Output;

namespace StaticCatalog.Pipeline;

/// <summary>
/// The destination of <c>build</c>: each file goes to a <see cref="StagingFolder"/> as soon as it is rendered (the
/// site is never held in memory whole), and the commit swaps the staging folder in as the output folder.
/// </summary>
public sealed class StagingDestination : ISiteDestination
{
    private readonly string _outputDirectory;
    private readonly string? _keptPath;
    private readonly ConcurrentQueue<string> _written = new();
    private StagingFolder? _staging;

    /// <param name="outputDirectory">The folder the site replaces.</param>
    /// <param name="keptPath">A file whose bytes are kept for after the run (<c>catalog.json</c>, for <c>--compare-to</c>).</param>
    public StagingDestination(string outputDirectory, string? keptPath = null)
    {
        _outputDirectory = outputDirectory;
        _keptPath = keptPath;
    }

    /// <summary>The bytes of the file at the kept path, once written.</summary>
    public byte[]? Kept { get; private set; }

    public bool Open(DiagnosticBag diagnostics)
    {
        _staging = StagingFolder.Create(_outputDirectory, diagnostics);
        return _staging is not null;
    }

    public void Write(OutputFile file)
    {
        if (file.RelativePath == _keptPath)
        {
            Kept = file.Content;
        }

        _written.Enqueue(file.RelativePath);
        _staging!.Write(file);
    }

    public SiteWrite? Commit(bool complete, DiagnosticBag diagnostics) =>
        _staging!.Commit(diagnostics) ? new SiteWrite([.. _written], []) : null;

    public void Close()
    {
        _staging?.Dispose();
        _staging = null;
        _written.Clear();
    }
}
