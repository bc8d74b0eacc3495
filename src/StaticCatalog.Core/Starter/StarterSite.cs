using StaticCatalog.Diagnostics;

namespace StaticCatalog.Starter;

/// <summary>
/// The site <c>staticcatalog new DIR</c> writes: the repository's <c>Starter/</c> folder (an example seed post,
/// a commented <c>input/site.yml</c>, a <c>.gitignore</c> and a GitHub Pages workflow), carried in this assembly.
/// It is written only into a folder that does not exist or is empty, so nothing of the user's is overwritten.
/// </summary>
public static class StarterSite
{
    private const string ResourcePrefix = "Starter/";

    /// <summary>Every file of the starter, sorted by path.</summary>
    public static IReadOnlyList<StarterFile> Files { get; } = ReadFiles();

    /// <summary>
    /// Writes the starter into <paramref name="directory"/> and returns the paths written (relative, sorted); null,
    /// with an SC4003 error, when the folder already holds something.
    /// </summary>
    public static IReadOnlyList<string>? Write(string directory, DiagnosticBag diagnostics)
    {
        if (File.Exists(directory) || (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any()))
        {
            diagnostics.Add(Diagnostic.Error(directory, 0, 0, DiagnosticCodes.StarterFolderNotEmpty,
                $"'{directory}' already exists and is not an empty folder; give a new folder's name, such as 'staticcatalog new my-site'"));
            return null;
        }

        foreach (var file in Files)
        {
            var path = Path.Combine(directory, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        return Files.Select(f => f.RelativePath).ToList();
    }

    private static StarterFile[] ReadFiles()
    {
        var assembly = typeof(StarterSite).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                return new StarterFile(name[ResourcePrefix.Length..].Replace('\\', '/'), bytes.ToArray());
            })
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .ToArray();
    }
}
