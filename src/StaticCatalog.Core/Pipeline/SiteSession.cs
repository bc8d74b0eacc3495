using StaticCatalog.Configuration;

namespace StaticCatalog.Pipeline;

/// <summary>
/// A build kept in memory between rebuilds, for <c>serve</c>: the <see cref="SitePipeline"/> run again and again with
/// <see cref="ChangedSources"/> (read and parse only the seeds that changed), <see cref="BodyEditSelection"/> (render
/// only the edited posts' pages and the site feed when only bodies changed), <see cref="LiveFolderDestination"/>
/// (write only files whose bytes changed), and <see cref="RenderedPageMemo"/> (a page drawn from the same views as last
/// time is not drawn again). A rebuild with errors writes nothing: the last good site stays.
/// </summary>
public sealed class SiteSession
{
    private readonly BuildOptions _options;
    private readonly ChangedSources _sources;
    private readonly SitePipeline _pipeline;

    public SiteSession(BuildOptions options)
    {
        _options = options;
        _sources = new ChangedSources(options);
        _pipeline = new SitePipeline(options, _sources, new BodyEditSelection(), new LiveFolderDestination(options.OutputDirectory), memo: new RenderedPageMemo());
    }

    /// <summary>The configuration, base URL, taxonomy and theme, once loaded (even when the build failed).</summary>
    public SiteInputs? Inputs => _sources.Inputs;

    /// <summary>Loads every input, reads every seed and renders every page.</summary>
    public RebuildResult Build() => Run(reloadInputs: true, []);

    /// <summary>
    /// Brings the site up to date after changes to <paramref name="changedPaths"/> (files or folders, as a file
    /// watcher reports them). A path in the input folder or the theme reloads them and reads every seed again.
    /// </summary>
    public RebuildResult Rebuild(IReadOnlyCollection<string> changedPaths) =>
        Run(changedPaths.Any(p => IsBelow(p, _options.InputDirectory) || IsBelow(p, _options.ThemeDirectory)), changedPaths);

    private RebuildResult Run(bool reloadInputs, IReadOnlyCollection<string> changedPaths)
    {
        _sources.Expect(reloadInputs, changedPaths);
        var run = _pipeline.Run();
        return new RebuildResult
        {
            Kind = run.Kind,
            Diagnostics = run.Diagnostics,
            PostsParsed = run.PostsParsed,
            FilesRendered = run.Write is null ? 0 : run.FilesRendered,
            Written = run.Write?.Written ?? [],
            Deleted = run.Write?.Deleted ?? [],
            Elapsed = run.Elapsed,
            Timings = run.Timings,
        };
    }

    private static bool IsBelow(string path, string folder)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(path);
        return full.StartsWith(root, StringComparison.Ordinal) || full + Path.DirectorySeparatorChar == root;
    }
}
