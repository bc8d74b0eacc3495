namespace StaticCatalog.Tests.Support;

/// <summary>Where the repository and the shared corpus are, found from the test binary's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "themes", "default");

    /// <summary>The 2,117 real posts, read in place (<c>../shared/corpus/news</c>, or STATICCATALOG_CORPUS).</summary>
    public static string Corpus
    {
        get
        {
            if (!HasCorpus)
            {
                throw new DirectoryNotFoundException(
                    $"The corpus is not at {CorpusPath}: clone the repository beside shared/ or set STATICCATALOG_CORPUS.");
            }

            return CorpusPath;
        }
    }

    /// <summary>Where the corpus is looked for.</summary>
    public static string CorpusPath { get; } = Environment.GetEnvironmentVariable("STATICCATALOG_CORPUS")
                                                ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "news"));

    public static bool HasCorpus => Directory.Exists(CorpusPath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StaticCatalog.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("StaticCatalog.sln not found above " + AppContext.BaseDirectory);
    }
}
