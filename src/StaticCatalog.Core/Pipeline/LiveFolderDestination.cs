using System.Collections.Concurrent;
using StaticCatalog.Diagnostics;
using StaticCatalog.Output;

namespace StaticCatalog.Pipeline;

/// <summary>
/// The destination of <c>serve</c>, kept between runs: a run's files are held until the commit, which writes into
/// the live output folder only those whose bytes changed (<see cref="IncrementalSiteWriter"/>), so a browser reading
/// the site meanwhile never sees a half-written one.
/// </summary>
public sealed class LiveFolderDestination : ISiteDestination
{
    private readonly IncrementalSiteWriter _writer;
    private readonly ConcurrentQueue<OutputFile> _files = new();

    public LiveFolderDestination(string outputDirectory)
    {
        _writer = new IncrementalSiteWriter(outputDirectory);
    }

    public bool Open(DiagnosticBag diagnostics)
    {
        _files.Clear();
        return true;
    }

    public void Write(OutputFile file) => _files.Enqueue(file);

    public SiteWrite? Commit(bool complete, DiagnosticBag diagnostics) =>
        _writer.Write([.. _files], complete, diagnostics) is { } write ? new SiteWrite(write.Written, write.Deleted) : null;

    public void Close() => _files.Clear();
}
