using StaticCatalog.Pipeline;

namespace StaticCatalog.Tests.Search;

/// <summary>The 2,117-post corpus built once under a project path, for the search tests to weigh its index.</summary>
public sealed class SearchCorpusFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public SearchCorpusFixture()
    {
        Result = RepoPaths.HasCorpus
            ? TestSite.BuildWithRepositoryTheme(RepoPaths.Corpus, Output, "https://user.github.io/my-repo/")
            : new BuildResult { Diagnostics = [] }; // every test of the class is skipped
    }

    public BuildResult Result { get; }

    public string Output => _folder.Combine("site");

    public void Dispose() => _folder.Dispose();
}
