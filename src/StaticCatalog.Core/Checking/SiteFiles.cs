namespace StaticCatalog.Checking;

/// <summary>
/// The files of a built site folder, listed once, by site-relative path with <c>/</c> separators, so that
/// resolving a link is a set lookup rather than a disk access.
/// </summary>
public sealed class SiteFiles
{
    private readonly HashSet<string> _files;

    private SiteFiles(string directory, HashSet<string> files)
    {
        Directory = directory;
        _files = files;
        All = files.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The folder as the caller named it; diagnostics use it as the start of their paths.</summary>
    public string Directory { get; }

    /// <summary>Every file, sorted (dot files such as <c>.nojekyll</c> included).</summary>
    public IReadOnlyList<string> All { get; }

    /// <summary>Every file below <paramref name="directory"/>; none when the folder does not exist.</summary>
    public static SiteFiles Scan(string directory)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        if (System.IO.Directory.Exists(directory))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
            foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*", options))
            {
                files.Add(Path.GetRelativePath(directory, file).Replace('\\', '/'));
            }
        }

        return new SiteFiles(directory, files);
    }

    public bool Contains(string relativePath) => _files.Contains(relativePath);

    /// <summary>The path a diagnostic about <paramref name="relativePath"/> names: the folder as given, then the file.</summary>
    public string DiagnosticPath(string relativePath) => Path.Join(Directory, relativePath);

    public string FullPath(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>
    /// The file that serves a decoded site-relative path: the file itself, a folder's <c>index.html</c> when the
    /// path ends in <c>/</c>, or <c>folder/index.html</c> for a folder named without its slash (GitHub Pages
    /// redirects those). Null when there is none.
    /// </summary>
    public string? FileServing(string sitePath)
    {
        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
        {
            var index = sitePath + "index.html";
            return _files.Contains(index) ? index : null;
        }

        if (_files.Contains(sitePath))
        {
            return sitePath;
        }

        var folderIndex = sitePath + "/index.html";
        return _files.Contains(folderIndex) ? folderIndex : null;
    }

    public static bool IsHtml(string relativePath) =>
        relativePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || relativePath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
}
