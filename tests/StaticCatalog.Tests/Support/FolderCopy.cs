namespace StaticCatalog.Tests.Support;

/// <summary>Copies a folder (the repository's input or theme, a corpus) so a test can change or read it apart.</summary>
public static class FolderCopy
{
    /// <summary>Copies every file below <paramref name="from"/> to the same relative path below <paramref name="to"/>.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
