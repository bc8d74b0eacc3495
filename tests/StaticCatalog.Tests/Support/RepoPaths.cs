namespace StaticCatalog.Tests.Support;

/// <summary>Where the repository and the shared corpus are, found from the test binary's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "themes", "default");

    /// <summary>
    /// The news folder of the corpus, 2,117 real posts, read in place: the folder the extraction and highlighting
    /// tests read. The site tests build all of <see cref="CorpusRoot"/>.
    /// </summary>
    public static string Corpus
    {
        get
        {
            if (!HasCorpus)
            {
                throw new DirectoryNotFoundException(
                    $"The corpus is not at {CorpusRoot}: clone the repository beside shared/ or set STATICCATALOG_CORPUS.");
            }

            return CorpusPath;
        }
    }

    /// <summary>
    /// The shared corpus: <c>../shared/corpus</c> beside the repository, or STATICCATALOG_CORPUS; its folders news,
    /// blogs, community, videos and roundups hold 3,802 posts.
    /// </summary>
    public static string CorpusRoot { get; } = Path.GetFullPath(Environment.GetEnvironmentVariable("STATICCATALOG_CORPUS") is { Length: > 0 } set
        ? set
        : Path.Combine(Root, "..", "shared", "corpus"));

    /// <summary>Where the news folder is looked for.</summary>
    public static string CorpusPath => Path.Combine(CorpusRoot, "news");

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
