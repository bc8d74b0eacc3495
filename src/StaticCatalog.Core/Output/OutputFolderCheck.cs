using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Output;

/// <summary>Refuses an output folder that holds the sources or the working folder, before anything is written.</summary>
public static class OutputFolderCheck
{
    /// <summary>The output folder is replaced whole, so it must never hold the sources or the working folder.</summary>
    public static bool IsSafe(BuildOptions options, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        string[] protectedFolders = [options.SeedsDirectory, options.InputDirectory, options.ThemeDirectory, Directory.GetCurrentDirectory()];
        foreach (var folder in protectedFolders)
        {
            var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (full.StartsWith(output, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(options.OutputDirectory, 0, 0, DiagnosticCodes.OutputWrite,
                    $"the output folder would replace '{folder}'; choose a folder of its own such as _site"));
                return false;
            }
        }

        return true;
    }
}
