using StaticCatalog.Rendering;

namespace StaticCatalog.Tests.Build;

/// <summary>
/// The whole shared corpus (every folder of <c>../shared/corpus</c>: news, blogs, community, roundups, videos; 3,802
/// posts), built once under a GitHub Pages project path: no HTML page passes 150 KB. Kept to this one class so that it
/// can be pointed at a shared whole-corpus fixture later.
/// </summary>
[Trait("Category", "Corpus")]
public sealed class WholeCorpusPageSizeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The corpus root: STATICCATALOG_CORPUS may name it or its news folder.</summary>
    private static string CorpusRoot =>
        Path.GetFileName(Path.TrimEndingDirectorySeparator(RepoPaths.CorpusPath)) == "news" ? Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(RepoPaths.CorpusPath))! : RepoPaths.CorpusPath;

    [CorpusFact]
    public void No_page_of_the_whole_corpus_site_is_over_150_KB()
    {
        var output = _folder.Combine("site");

        var build = TestSite.BuildWithRepositoryTheme(CorpusRoot, output, "https://user.github.io/my-repo/");

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics.Where(d => d.IsError).Take(20)));
        Assert.True(build.SourcesRead > 3_000, $"{build.SourcesRead} posts read: not the whole corpus");
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(output, path), Bytes: new FileInfo(path).Length))
            .OrderByDescending(p => p.Bytes)
            .ToList();
        var over = pages.TakeWhile(p => p.Bytes > PageBounds.MaxPageBytes).Select(p => $"{p.Path}: {p.Bytes:N0} bytes").ToList();
        Assert.True(over.Count == 0, "pages over 150 KB:\n" + string.Join("\n", over.Take(20)));
        Assert.True(pages[0].Bytes > 100 * 1024, "the largest page is big enough to tell the limit is being tested");
    }
}
