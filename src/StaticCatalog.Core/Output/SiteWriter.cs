using StaticCatalog.Diagnostics;

namespace StaticCatalog.Output;

/// <summary>Writes a whole site held in memory through a <see cref="StagingFolder"/>: the output folder is replaced only when every file is written.</summary>
public static class SiteWriter
{
    /// <summary>Writes <paramref name="files"/> as the new content of <paramref name="outputDirectory"/>; false on failure (reported).</summary>
    public static bool Write(string outputDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        using var staging = StagingFolder.Create(outputDirectory, diagnostics);
        if (staging is null)
        {
            return false;
        }

        Parallel.ForEach(files, staging.Write);
        return staging.Commit(diagnostics);
    }
}
