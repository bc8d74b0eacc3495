using AngleSharp.Html.Parser;
using StaticCatalog.Checking;
using StaticCatalog.Configuration;
using StaticCatalog.Pipeline;

namespace StaticCatalog.Tests.Build;

/// <summary>
/// The 2,117-post corpus, built twice under a GitHub Pages project path (the second time from copies of
/// the seeds, input and theme in other folders, two seconds later), with every page's links read once
/// with a real HTML parser.
/// </summary>
public sealed class CorpusSiteFixture : IDisposable
{
    public const string BaseUrl = "https://user.github.io/my-repo/";
    public const string BasePath = "/my-repo/";

    private readonly TempFolder _folder = new();

    public CorpusSiteFixture()
    {
        _check = new Lazy<SiteCheckResult>(() => SiteChecker.Check(FirstOutput));
        if (!RepoPaths.HasCorpus)
        {
            First = Second = new BuildResult { Diagnostics = [] };
            Links = new Dictionary<string, PageLinks>();
            return; // every test of the class is skipped
        }

        First = TestSite.BuildWithRepositoryTheme(RepoPaths.Corpus, FirstOutput, BaseUrl);
        Thread.Sleep(TimeSpan.FromSeconds(2)); // a clock read anywhere would now give another second
        Second = BuildFromCopies();
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(FirstOutput, "*.html", SearchOption.AllDirectories).ToList();
        var links = new System.Collections.Concurrent.ConcurrentDictionary<string, PageLinks>();
        Parallel.ForEach(pages, page =>
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var relative = Path.GetRelativePath(FirstOutput, page).Replace('\\', '/');
            links[relative] = new PageLinks(
                document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList(),
                document.QuerySelectorAll("a[rel=tag]").Select(e => e.GetAttribute("href")!).ToList());
        });
        Links = links;
    }

    private readonly Lazy<SiteCheckResult> _check;

    /// <summary><c>staticcatalog check</c> on the first build, run once when a test asks for it.</summary>
    public SiteCheckResult Check => _check.Value;

    public BuildResult First { get; }

    public BuildResult Second { get; }

    public string FirstOutput => _folder.Combine("first");

    public string SecondOutput => _folder.Combine("elsewhere", "second");

    /// <summary>Site-relative file path of each HTML page to its links.</summary>
    public IReadOnlyDictionary<string, PageLinks> Links { get; }

    private BuildResult BuildFromCopies()
    {
        var copies = _folder.Combine("elsewhere", "sources");
        FolderCopy.Copy(RepoPaths.Corpus, Path.Combine(copies, "news"));
        FolderCopy.Copy(RepoPaths.Input, Path.Combine(copies, "input"));
        FolderCopy.Copy(RepoPaths.Theme, Path.Combine(copies, "theme"));
        return SiteBuilder.Build(new BuildOptions
        {
            SeedsDirectory = Path.Combine(copies, "news"),
            InputDirectory = Path.Combine(copies, "input"),
            ThemeDirectory = Path.Combine(copies, "theme"),
            OutputDirectory = SecondOutput,
            BaseUrl = BaseUrl,
        });
    }

    public void Dispose() => _folder.Dispose();

    public sealed record PageLinks(IReadOnlyList<string> All, IReadOnlyList<string> Tags);
}
