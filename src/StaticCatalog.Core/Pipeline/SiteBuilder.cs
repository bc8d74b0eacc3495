using System.Diagnostics;
using StaticCatalog.Catalog;
using StaticCatalog.Changes;
using StaticCatalog.Checking;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Output;
using StaticCatalog.Posts;
using StaticCatalog.Publishing;
using StaticCatalog.Rendering;
using StaticCatalog.Search;
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
        var files = Stage("render", () => RenderAll(site, templates));
        var assets = Stage("assets", () => ReadAssets(theme));
        if (_diagnostics.HasErrors && !_options.KeepGoing)
        {
            return empty with { SourcesRead = found, PostsPublished = site.Posts.Count };
        }

        var report = _options.CompareTo is { } previous
            ? Stage("compare", () => CatalogChangeReport.Create(previous, files.First(f => f.RelativePath == SitePaths.CatalogJson).Content))
            : null;
        _diagnostics.AddRange(report?.Warning is { } warning ? [warning] : []);
        var all = files.Concat(WithoutCollisions(assets, files)).ToList();
        var written = Stage("write", () => SiteWriter.Write(_options.OutputDirectory, all, _diagnostics));
        var reported = written && report is not null && WriteReport(report.Markdown);
        var check = written && _options.Check ? Stage("check", () => SiteChecker.Check(_options.OutputDirectory, site.Url)) : null;
        _diagnostics.AddRange(check?.Diagnostics ?? []);
        return empty with
        {
            Check = check,
            ChangeSummary = reported ? report!.Summary : null,
            SourcesRead = found,
            PostsPublished = site.Posts.Count,
            PagesWritten = written ? files.Count(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal)) : 0,
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

    /// <summary>Every page, then <c>catalog.json</c>, the search index, the feeds, the sitemap and the files hosts need.</summary>
    private IReadOnlyList<OutputFile> RenderAll(SiteModel site, TemplateSet templates)
    {
        var planner = new PagePlanner(site);
        var pages = planner.Plan();
        var rendered = RenderPages(planner, pages, templates);
        return [.. rendered, .. CatalogJson.Write(site), .. SearchFiles.Create(site), .. PublishingFiles.Create(site, pages)];
    }

    private IReadOnlyList<OutputFile> RenderPages(PagePlanner planner, IReadOnlyList<PageSpec> pages, TemplateSet templates)
    {
        var site = planner.Site;
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

    /// <summary>
    /// The theme's <c>assets/</c> (kept under <c>assets/</c>) and <c>static/</c> (copied to the site root:
    /// favicons and other files that must live there), each overridable from the input folder.
    /// </summary>
    private static IReadOnlyList<OutputFile> ReadAssets(ThemeFiles theme) =>
        theme.List("assets").Select(relative => (relative, output: relative))
            .Concat(theme.List("static").Select(relative => (relative, output: relative["static/".Length..])))
            .Select(asset => (asset.output, full: theme.Resolve(asset.relative)))
            .Where(asset => asset.full is not null)
            .Select(asset => new OutputFile(asset.output, File.ReadAllBytes(asset.full!)))
            .ToList();

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

    /// <summary>A theme or input file at the path of a generated file is left out (the generated one wins), with a warning.</summary>
    private IEnumerable<OutputFile> WithoutCollisions(IReadOnlyList<OutputFile> assets, IReadOnlyList<OutputFile> generated)
    {
        var taken = generated.Select(f => f.RelativePath).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var asset in assets)
        {
            if (taken.Add(asset.RelativePath))
            {
                yield return asset;
            }
            else
            {
                _diagnostics.Add(Diagnostic.Warning(Path.Combine(_options.ThemeDirectory, asset.RelativePath.StartsWith("assets/", StringComparison.Ordinal) ? asset.RelativePath : "static/" + asset.RelativePath), 0, 0, DiagnosticCodes.DuplicateUrl,
                    $"'{asset.RelativePath}' is also a page or file the build writes; the build's version is kept"));
            }
        }
    }

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
