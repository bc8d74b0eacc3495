namespace StaticCatalog.Tests.Support;

/// <summary>Compares built sites file by file.</summary>
public static class OutputTrees
{
    /// <summary>Relative path to bytes' hash for every file of a tree.</summary>
    public static SortedDictionary<string, string> Hashes(string root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
            result[Path.GetRelativePath(root, file).Replace('\\', '/')] = hash;
        }

        return result;
    }

    public static void AssertIdentical(string expectedRoot, string actualRoot)
    {
        var expected = Hashes(expectedRoot);
        var actual = Hashes(actualRoot);
        Assert.Equal(expected.Keys, actual.Keys);
        var different = expected.Keys.Where(k => expected[k] != actual[k]).Take(10).ToList();
        Assert.True(different.Count == 0, "These files differ between the two builds: " + string.Join(", ", different));
    }
}
