using StaticCatalog.Diagnostics;

namespace StaticCatalog.Output;

/// <summary>
/// The write stage, the only code that touches the output folder. The whole site is written to a
/// staging folder beside it and swapped in with two renames, so a failed or killed build leaves the
/// last good site in place.
/// </summary>
public static class SiteWriter
{
    /// <summary>Writes <paramref name="files"/> as the new content of <paramref name="outputDirectory"/>; false on failure (reported).</summary>
    public static bool Write(string outputDirectory, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? output;
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging");
        var previous = Path.Combine(parent, $".{name}.previous");
        try
        {
            RestoreInterruptedSwap(output, previous);
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            Directory.CreateDirectory(staging);
            Parallel.ForEach(files, file =>
            {
                var path = Path.Combine(staging, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            });

            if (Directory.Exists(output))
            {
                if (Directory.Exists(previous))
                {
                    Directory.Delete(previous, recursive: true);
                }

                Directory.Move(output, previous);
                Directory.Move(staging, output);
                Directory.Delete(previous, recursive: true);
            }
            else
            {
                Directory.Move(staging, output);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(outputDirectory, 0, 0, DiagnosticCodes.OutputWrite,
                $"the site could not be written: {ex.Message}; the previous site was left as it was"));
            TryDelete(staging);
            RestoreInterruptedSwap(output, previous);
            return false;
        }
    }

    /// <summary>A build killed between the two renames left the old site as <c>.name.previous</c>: put it back.</summary>
    private static void RestoreInterruptedSwap(string output, string previous)
    {
        try
        {
            if (!Directory.Exists(output) && Directory.Exists(previous))
            {
                Directory.Move(previous, output);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the next build tries again, and the old site is still on disk.
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover staging folder is removed by the next build.
        }
    }
}
