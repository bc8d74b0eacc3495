namespace StaticCatalog.Rendering;

/// <summary>
/// The theme's files with the user's overrides: a file in the input folder at the same relative path
/// (<c>input/layouts/post.sbn-html</c>) wins over the theme's. Paths are resolved only inside those two
/// folders: <c>../</c>, absolute paths and symbolic links are refused.
/// </summary>
public sealed class ThemeFiles
{
    private readonly string[] _roots;

    public ThemeFiles(string themeDirectory, string inputDirectory)
    {
        ThemeDirectory = themeDirectory;
        _roots = [Path.GetFullPath(inputDirectory), Path.GetFullPath(themeDirectory)];
    }

    public string ThemeDirectory { get; }

    /// <summary>The file for a relative path such as <c>layouts/post.sbn-html</c>, or null.</summary>
    public string? Resolve(string relativePath)
    {
        if (!IsSafeRelative(relativePath))
        {
            return null;
        }

        foreach (var root in _roots)
        {
            var candidate = Path.GetFullPath(Path.Combine(root, relativePath));
            if (IsInside(root, candidate) && File.Exists(candidate) && !HasLinkBelow(root, candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Every file below <paramref name="folder"/> in either root, overrides first, as sorted relative paths.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var relative = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var root in _roots)
        {
            var directory = Path.Combine(root, folder);
            if (!Directory.Exists(directory) || HasLinkBelow(root, directory))
            {
                continue;
            }

            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden };
            foreach (var file in Directory.EnumerateFiles(directory, "*", options))
            {
                relative.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }
        }

        return relative.ToList();
    }

    /// <summary>A theme-relative path as diagnostics print it.</summary>
    public string Display(string relativePath)
    {
        var full = Resolve(relativePath) ?? Path.GetFullPath(Path.Combine(ThemeDirectory, relativePath));
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }

    private static bool IsSafeRelative(string path) =>
        path.Length > 0
        && !Path.IsPathRooted(path)
        && !path.Split('/', '\\').Any(segment => segment is ".." or "." or "");

    private static bool IsInside(string root, string candidate) =>
        candidate.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static bool HasLinkBelow(string root, string path)
    {
        var current = path;
        var trimmedRoot = root.TrimEnd(Path.DirectorySeparatorChar);
        while (current.Length > trimmedRoot.Length)
        {
            var info = new FileInfo(current);
            if (info.Exists ? info.LinkTarget is not null : new DirectoryInfo(current).LinkTarget is not null)
            {
                return true;
            }

            current = Path.GetDirectoryName(current) ?? string.Empty;
        }

        return false;
    }
}
