using System.Collections.Concurrent;
using System.Diagnostics;
using AngleSharp.Html.Parser;
using StaticCatalog.Checking;
using StaticCatalog.Pipeline;

namespace StaticCatalog.Tests.Support;

/// <summary>
/// The whole shared corpus (every folder of <see cref="RepoPaths.CorpusRoot"/>: news, blogs, community, videos,
/// roundups) built once per test run under a GitHub Pages project path, with every page's links read once with
/// a real HTML parser and <c>staticcatalog check</c> run on it when a test first asks. Every test that only reads
/// the corpus site shares it through <see cref="CorpusSiteCollection"/>; a test that must change or interrupt a
/// build runs its own.
/// </summary>
public sealed class CorpusSiteFixture : IDisposable
{
    public const string BaseUrl = "https://user.github.io/my-repo/";
    public const string BasePath = "/my-repo/";

    private readonly TempFolder _folder = new();
    private readonly Lazy<SiteCheckResult> _check;

    public CorpusSiteFixture()
    {
        _check = new Lazy<SiteCheckResult>(() => SiteChecker.Check(Output));
        if (!RepoPaths.HasCorpus)
        {
            Result = new BuildResult { Diagnostics = [] };
            Links = new Dictionary<string, PageLinks>();
            return; // every test that uses it is a CorpusFact, skipped
        }

        var clock = Stopwatch.StartNew();
        Result = TestSite.BuildWithRepositoryTheme(RepoPaths.CorpusRoot, Output, BaseUrl);
        BuildTime = clock.Elapsed;
        Links = ReadLinks(Output);
    }

    /// <summary>The build of the whole corpus.</summary>
    public BuildResult Result { get; }

    /// <summary>How long the build took (it shows how heavy the Corpus category is).</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>The built site's folder.</summary>
    public string Output => _folder.Combine("site");

    /// <summary>Site-relative file path of each HTML page to its links.</summary>
    public IReadOnlyDictionary<string, PageLinks> Links { get; }

    /// <summary><c>staticcatalog check</c> on the site, run once when a test asks for it.</summary>
    public SiteCheckResult Check => _check.Value;

    /// <summary>Every <c>*.md</c> the build read, in every folder of the corpus.</summary>
    public static int SeedCount => Directory.GetFiles(RepoPaths.CorpusRoot, "*.md", SearchOption.AllDirectories).Length;

    public void Dispose() => _folder.Dispose();

    private static Dictionary<string, PageLinks> ReadLinks(string output)
    {
        var parser = new HtmlParser();
        var links = new ConcurrentDictionary<string, PageLinks>();
        Parallel.ForEach(Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories), page =>
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            links[Path.GetRelativePath(output, page).Replace('\\', '/')] = new PageLinks(
                document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList(),
                document.QuerySelectorAll("a[rel=tag]").Select(e => e.GetAttribute("href")!).ToList());
        });
        return new Dictionary<string, PageLinks>(links, StringComparer.Ordinal);
    }

    public sealed record PageLinks(IReadOnlyList<string> All, IReadOnlyList<string> Tags);
}
