using StaticCatalog.Diagnostics;
using StaticCatalog.Output;

namespace StaticCatalog.Pipeline;

/// <summary>
/// Where a run of <see cref="SitePipeline"/> writes: a staging folder swapped in for the output folder
/// (<see cref="StagingDestination"/>, for <c>build</c>), or only the changed files written into the live folder
/// (<see cref="LiveFolderDestination"/>, for <c>serve</c>). A run calls <see cref="Open"/>, then <see cref="Write"/>
/// for every file it renders, then <see cref="Commit"/> if it had no errors, and <see cref="Close"/> at the end.
/// </summary>
public interface ISiteDestination
{
    /// <summary>Gets ready for a run's files; false when it cannot (reported).</summary>
    bool Open(DiagnosticBag diagnostics);

    /// <summary>Takes one rendered file. Thread-safe: called from several threads at once.</summary>
    void Write(OutputFile file);

    /// <summary>
    /// Makes the files written since <see cref="Open"/> the site. <paramref name="complete"/> says they are the whole
    /// site (files of the last write missing now go). Null when that fails (reported; the last good site stays).
    /// </summary>
    SiteWrite? Commit(bool complete, DiagnosticBag diagnostics);

    /// <summary>Ends the run: anything not committed is dropped.</summary>
    void Close();
}
