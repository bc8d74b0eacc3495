using System.Diagnostics;
using StaticCatalog.Catalog;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Output;
using StaticCatalog.Posts;
using StaticCatalog.Rendering;
using StaticCatalog.Site;
using StaticCatalog.Sources;
using StaticCatalog.Urls;
using Diagnostic = StaticCatalog.Diagnostics.Diagnostic;

namespace StaticCatalog.Pipeline;

/// <summary>
/// The build, as named stages that hand immutable records forward: load, parse (parallel),
/// assemble (the barrier where site-wide collections are made), render (parallel), write.
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
        if (!CheckOutputFolder())
        {
            return empty;
        }

        var theme = new ThemeFiles(_options.ThemeDirectory, _options.InputDirectory);
        var (config, url, templates, taxonomy) = Stage("configure", () =>
        {
            var siteConfig = SiteConfigLoader.Load(_options.InputDirectory, _diagnostics);
            var services = ServiceTaxonomyLoader.Load(_options.InputDirectory, _diagnostics);
            var siteUrl = SiteUrl.TryParse(_options.BaseUrl ?? siteConfig.BaseUrl, out var urlError);
            if (siteUrl is null)
            {
                _diagnostics.Add(Diagnostic.Error(Path.Combine(_options.InputDirectory, SiteConfigLoader.FileName), 0, 0, DiagnosticCodes.InvalidConfig, urlError!));
            }

            var set = TemplateSet.Load(theme, _diagnostics);
            foreach (var layout in PageRenderer.RequiredLayouts.Where(l => !set.Contains(l)))
            {
                if (theme.Resolve(layout) is null)
                {
                    _diagnostics.Add(Diagnostic.Error(theme.Display(layout), 0, 0, DiagnosticCodes.TemplateNotFound, $"the theme has no {layout}"));
                }
            }

            return (siteConfig, siteUrl ?? SiteUrl.Root, set, services);
        });

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
        var files = Stage("render", () => RenderAll(site, templates).Concat(CatalogJson.Write(site)).ToList());
        var assets = Stage("assets", () => ReadAssets(theme));
        if (_diagnostics.HasErrors && !_options.KeepGoing)
        {
            return empty with { SourcesRead = found, PostsPublished = site.Posts.Count };
        }

        var all = files.Concat(assets).ToList();
        var written = Stage("write", () => SiteWriter.Write(_options.OutputDirectory, all, _diagnostics));
        return empty with
        {
            SourcesRead = found,
            PostsPublished = site.Posts.Count,
            PagesWritten = written ? files.Count : 0,
            FilesWritten = written ? all.Count : 0,
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

    private IReadOnlyList<OutputFile> RenderAll(SiteModel site, TemplateSet templates)
    {
        var planner = new PagePlanner(site);
        var pages = planner.Plan();
        var largest = Math.Max(site.Posts.Count, Math.Max(site.Tags.Count, pages.Count));
        var renderer = new PageRenderer(templates, planner.SiteView(), largest);
        var files = new OutputFile?[pages.Count];
        var failures = 0;
        var done = 0;
        Parallel.For(0, pages.Count, (i, state) =>
        {
            var (file, error) = renderer.Render(pages[i]);
            files[i] = file;
            if (error is not null && Interlocked.Increment(ref failures) <= 20)
            {
                _diagnostics.Add(error);
            }

            var completed = Interlocked.Increment(ref done);
            if (completed % 256 == 0 || completed == pages.Count)
            {
                _progress?.Report(new BuildProgress("render", completed, pages.Count));
            }
        });

        return files.OfType<OutputFile>().ToList();
    }

    private static IReadOnlyList<OutputFile> ReadAssets(ThemeFiles theme) =>
        theme.List("assets")
            .Select(relative => (relative, full: theme.Resolve(relative)))
            .Where(asset => asset.full is not null)
            .Select(asset => new OutputFile(asset.relative, File.ReadAllBytes(asset.full!)))
            .ToList();

    /// <summary>The output folder is replaced whole, so it must never hold the sources or the working folder.</summary>
    private bool CheckOutputFolder()
    {
        var output = Path.GetFullPath(_options.OutputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        string[] protectedFolders = [_options.SeedsDirectory, _options.InputDirectory, _options.ThemeDirectory, Directory.GetCurrentDirectory()];
        foreach (var folder in protectedFolders)
        {
            var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (full.StartsWith(output, StringComparison.Ordinal))
            {
                _diagnostics.Add(Diagnostic.Error(_options.OutputDirectory, 0, 0, DiagnosticCodes.OutputWrite,
                    $"the output folder would replace '{folder}'; choose a folder of its own such as _site"));
                return false;
            }
        }

        return true;
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
