using System.Diagnostics;
using StaticCatalog.Changes;
using StaticCatalog.Checking;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Pipeline.Outputs;
using StaticCatalog.Urls;
using Diagnostic = StaticCatalog.Diagnostics.Diagnostic;

namespace StaticCatalog.Pipeline;

/// <summary>
/// <c>build</c>: one run of the <see cref="SitePipeline"/> that reads every source, renders the whole site into a
/// staging folder and swaps it in; then, when asked, the change report against an earlier <c>catalog.json</c>
/// (compare) and the check of the written site (check).
/// </summary>
public sealed class SiteBuilder
{
    private readonly BuildOptions _options;
    private readonly IProgress<BuildProgress>? _progress;

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
        var destination = new StagingDestination(_options.OutputDirectory, _options.CompareTo is null ? null : SitePaths.CatalogJson);
        var run = new SitePipeline(_options, new AllSources(_options), new WholeSiteSelection(), destination, _progress).Run();
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(run.Diagnostics);
        var timer = new StageTimer(_progress);
        var written = run.Write is not null;
        var report = written && _options.CompareTo is { } previous && destination.Kept is { } catalogJson
            ? timer.Run("compare", () => CatalogChangeReport.Create(previous, catalogJson))
            : null;
        diagnostics.AddRange(report?.Warning is { } warning ? [warning] : []);
        var reported = report is not null && WriteReport(report.Markdown, diagnostics);
        var check = written && _options.Check ? timer.Run("check", () => SiteChecker.Check(_options.OutputDirectory, run.Site!.Url)) : null;
        diagnostics.AddRange(check?.Diagnostics ?? []);
        return new BuildResult
        {
            Diagnostics = diagnostics.ToSortedList(),
            Check = check,
            ChangeSummary = reported ? report!.Summary : null,
            SourcesRead = run.SourcesRead,
            PostsPublished = run.Site?.Posts.Count ?? 0,
            PagesWritten = written ? run.Rendered.GetValueOrDefault(PagesOutput.OutputName) : 0,
            FilesWritten = run.Write?.Written.Count ?? 0,
            OutputWritten = written,
            Elapsed = total.Elapsed,
            Timings = [.. run.Timings, .. timer.Timings],
        };
    }

    private bool WriteReport(string markdown, DiagnosticBag diagnostics)
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
            diagnostics.Add(Diagnostic.Error(_options.ReportPath, 0, 0, DiagnosticCodes.OutputWrite, $"the change report could not be written: {ex.Message}"));
            return false;
        }
    }
}
