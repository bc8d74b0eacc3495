using System.Collections.Concurrent;
using System.Diagnostics;
using StaticCatalog.Catalog;
using StaticCatalog.Changes;
using StaticCatalog.Checking;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Output;
using StaticCatalog.Posts;
using StaticCatalog.Site;
using StaticCatalog.Sources;
using StaticCatalog.Urls;
using Diagnostic = StaticCatalog.Diagnostics.Diagnostic;

namespace StaticCatalog.Pipeline;

/// <summary>
/// The build, as named stages that hand immutable records forward: load, parse (parallel),
/// assemble (the barrier where site-wide collections are made), render (parallel; each file is written to the
/// staging folder as soon as it is made), swap (the staging folder becomes the output folder).
/// </summary>
public sealed class SiteBuilder
{
    private readonly BuildOptions _options;
    private readonly IProgress<BuildProgress>? _progress;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<StageTiming> _timings = [];

    public SiteBuilder(BuildOptions options, IProgress<BuildProgress>? progress = null)
    {
        _options = options;
        _progress = progress;
    }

    public static BuildResult Build(BuildOptions options, IProgress<BuildProgress>? progress = null) =>
        new SiteBuilder(options, progress).Run();

    public BuildResult Run()
    {
        var total = Stopwatch.StartNew();
        var result = RunStages();
        return result with
        {
            Diagnostics = _diagnostics.ToSortedList(),
            Elapsed = total.Elapsed,
            Timings = _timings,
        };
    }

    private BuildResult RunStages()
    {
        var empty = new BuildResult { Diagnostics = [] };
        if (!OutputFolderCheck.IsSafe(_options, _diagnostics))
        {
            return empty;
        }

        var (theme, config, url, templates, taxonomy) = Stage("configure", () => SiteInputs.Load(_options, _diagnostics));

        var found = 0;
        var sources = Stage("load", () => SourceLoader.Load(_options.SeedsDirectory, _diagnostics, out found));
        _progress?.Report(new BuildProgress("load", sources.Count, sources.Count));

        var posts = Stage("parse", () => ParseAll(sources, taxonomy));
        if (_diagnostics.HasErrors && !_options.KeepGoing)
        {
            return empty with { SourcesRead = found };
        }

        var site = Stage("assemble", () => SiteAssembler.Assemble(posts, config, url, _diagnostics));
        site = Stage("catalog", () => site with { Catalog = CatalogAssembler.Assemble(site.Posts, taxonomy) });
        using var staging = StagingFolder.Create(_options.OutputDirectory, _diagnostics);
        if (staging is null)
        {
            return empty with { SourcesRead = found, PostsPublished = site.Posts.Count };
        }

        // Each file goes to the staging folder as soon as it is rendered; only catalog.json is kept, for --compare-to.
        var renderer = new SiteRenderer(templates, _diagnostics, _progress);
        var generated = new ConcurrentQueue<string>();
        byte[]? catalogJson = null;
        Stage("render+write", () =>
        {
            renderer.RenderAll(site, file =>
            {
                generated.Enqueue(file.RelativePath);
                if (file.RelativePath == SitePaths.CatalogJson)
                {
                    catalogJson = file.Content;
                }

                staging.Write(file);
            });
            return true;
        });
        Stage("assets", () =>
        {
            foreach (var asset in renderer.Assets(theme, generated))
            {
                staging.Write(asset);
            }

            return true;
        });
        if (_diagnostics.HasErrors && !_options.KeepGoing)
        {
            return empty with { SourcesRead = found, PostsPublished = site.Posts.Count };
        }

        var report = _options.CompareTo is { } previous && catalogJson is not null
            ? Stage("compare", () => CatalogChangeReport.Create(previous, catalogJson))
            : null;
        _diagnostics.AddRange(report?.Warning is { } warning ? [warning] : []);
        var written = Stage("swap", () => staging.Commit(_diagnostics));
        var reported = written && report is not null && WriteReport(report.Markdown);
        var check = written && _options.Check ? Stage("check", () => SiteChecker.Check(_options.OutputDirectory, site.Url)) : null;
        _diagnostics.AddRange(check?.Diagnostics ?? []);
        return empty with
        {
            Check = check,
            ChangeSummary = reported ? report!.Summary : null,
            SourcesRead = found,
            PostsPublished = site.Posts.Count,
            PagesWritten = written ? generated.Count(path => path.EndsWith(".html", StringComparison.Ordinal)) : 0,
            FilesWritten = written ? staging.Count : 0,
            OutputWritten = written,
        };
    }

    private IReadOnlyList<Post> ParseAll(IReadOnlyList<SourceFile> sources, ServiceTaxonomy taxonomy)
    {
        var parser = new PostParser(MarkdownPipelineFactory.Create(), taxonomy);
        var results = new PostParseResult[sources.Count];
        var done = 0;
        Parallel.For(0, sources.Count, i =>
        {
            results[i] = parser.Parse(sources[i]);
            var completed = Interlocked.Increment(ref done);
            if (completed % 64 == 0 || completed == sources.Count)
            {
                _progress?.Report(new BuildProgress("parse", completed, sources.Count));
            }
        });

        foreach (var result in results)
        {
            _diagnostics.AddRange(result.Diagnostics);
        }

        return results.Where(r => r.Post is not null).Select(r => r.Post!).ToList();
    }

    private bool WriteReport(string markdown)
    {
        try
        {
            var full = Path.GetFullPath(_options.ReportPath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, markdown);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Add(Diagnostic.Error(_options.ReportPath, 0, 0, DiagnosticCodes.OutputWrite, $"the change report could not be written: {ex.Message}"));
            return false;
        }
    }

    private T Stage<T>(string name, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        _progress?.Report(new BuildProgress(name, 0, 0));
        var value = run();
        _timings.Add(new StageTiming(name, watch.Elapsed));
        return value;
    }
}
