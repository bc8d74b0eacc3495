using System.Collections.Concurrent;
using System.Diagnostics;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Output;
using StaticCatalog.Posts;
using StaticCatalog.Site;
using StaticCatalog.Sources;

namespace StaticCatalog.Pipeline;

/// <summary>
/// A build kept in memory between rebuilds, for <c>serve</c>. A rebuild reads again only the seed files whose size
/// or time stamp changed and parses only those whose text did. When the edited posts changed only their bodies it
/// renders their pages and the site feed; otherwise (a new, deleted or retitled post, new tags, a changed
/// catalog, or any change in <c>input/</c> or the theme, which reloads them) it renders every page. Either way only
/// files whose bytes changed are written. A rebuild with errors writes nothing: the last good site stays.
/// </summary>
public sealed class SiteSession
{
    private readonly BuildOptions _options;
    private readonly IncrementalSiteWriter _writer;
    private readonly Dictionary<string, TrackedSource> _sources = new(StringComparer.Ordinal);

    /// <summary>Seed files whose text changed, or that came or went, since the last good build.</summary>
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    private SiteInputs? _inputs;
    private IReadOnlyList<Diagnostic> _inputDiagnostics = [];
    private PostParser? _parser;
    private SiteModel? _site;

    public SiteSession(BuildOptions options)
    {
        _options = options;
        _writer = new IncrementalSiteWriter(options.OutputDirectory);
    }

    /// <summary>The configuration, base URL, taxonomy and theme, once loaded (even when the build failed).</summary>
    public SiteInputs? Inputs => _inputs;

    /// <summary>Loads every input, reads every seed and renders every page.</summary>
    public RebuildResult Build() => Run(reloadInputs: true, []);

    /// <summary>
    /// Brings the site up to date after changes to <paramref name="changedPaths"/> (files or folders, as a file
    /// watcher reports them). A path in the input folder or the theme reloads them and reads every seed again.
    /// </summary>
    public RebuildResult Rebuild(IReadOnlyCollection<string> changedPaths) =>
        Run(_inputs is null || changedPaths.Any(p => IsBelow(p, _options.InputDirectory) || IsBelow(p, _options.ThemeDirectory)), changedPaths);

    /// <param name="reloadInputs">Load the configuration, taxonomy and theme again, and parse every seed.</param>
    /// <param name="changedPaths">Files to read again even if their size and time stamp look the same (time stamps are coarse).</param>
    private RebuildResult Run(bool reloadInputs, IReadOnlyCollection<string> changedPaths)
    {
        var total = Stopwatch.StartNew();
        var timings = new List<StageTiming>();
        var diagnostics = new DiagnosticBag();
        T Stage<T>(string name, Func<T> run)
        {
            var watch = Stopwatch.StartNew();
            var value = run();
            timings.Add(new StageTiming(name, watch.Elapsed));
            return value;
        }

        RebuildResult Result(RebuildKind kind, int parsed = 0) => new()
        {
            Kind = kind,
            Diagnostics = diagnostics.ToSortedList(),
            PostsParsed = parsed,
            Elapsed = total.Elapsed,
            Timings = timings,
        };

        if (!OutputFolderCheck.IsSafe(_options, diagnostics))
        {
            return Result(RebuildKind.Failed);
        }

        if (reloadInputs)
        {
            Stage("configure", LoadInputs);
        }

        var inputs = _inputs!;
        diagnostics.AddRange(_inputDiagnostics);
        var parsed = Stage("parse", () => Scan(diagnostics, changedPaths));
        foreach (var source in _sources.Values)
        {
            diagnostics.AddRange(source.Diagnostics);
        }

        if (diagnostics.HasErrors)
        {
            return Result(RebuildKind.Failed, parsed);
        }

        if (!reloadInputs && _site is not null && _pending.Count == 0)
        {
            return Result(RebuildKind.Unchanged, parsed);
        }

        var edited = reloadInputs ? null : BodyOnlyEdits();
        SiteModel site;
        IReadOnlyList<OutputFile> files;
        var renderer = new SiteRenderer(inputs.Templates, diagnostics);
        if (edited is not null)
        {
            site = _site!.WithBodies(edited);
            files = Stage("render", () => renderer.RenderBodies(site, edited));
        }
        else
        {
            var posts = _sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Value.Post).OfType<Post>().ToList();
            var assembled = Stage("assemble", () => SiteAssembler.Assemble(posts, inputs.Config, inputs.Url, diagnostics));
            site = Stage("catalog", () => assembled with { Catalog = CatalogAssembler.Assemble(assembled.Posts, inputs.Taxonomy) });
            files = Stage<IReadOnlyList<OutputFile>>("render", () =>
            {
                var generated = new ConcurrentQueue<OutputFile>();
                renderer.RenderAll(site, generated.Enqueue);
                return [.. generated, .. renderer.Assets(inputs.Theme, generated.Select(f => f.RelativePath))];
            });
        }

        if (diagnostics.HasErrors)
        {
            return Result(RebuildKind.Failed, parsed);
        }

        var write = Stage("write", () => _writer.Write(files, complete: edited is null, diagnostics));
        if (write is null)
        {
            return Result(RebuildKind.Failed, parsed);
        }

        _site = site;
        _pending.Clear();
        return Result(edited is null ? RebuildKind.Full : RebuildKind.Bodies, parsed) with
        {
            FilesRendered = files.Count,
            Written = write.Written,
            Deleted = write.Deleted,
        };
    }

    private bool LoadInputs()
    {
        var bag = new DiagnosticBag();
        _inputs = SiteInputs.Load(_options, bag);
        _inputDiagnostics = bag.ToSortedList();
        _parser = new PostParser(MarkdownPipelineFactory.Create(), _inputs.Taxonomy);
        _sources.Clear(); // the taxonomy decides what each post's catalog holds: parse them all again
        return true;
    }

    /// <summary>
    /// Reads the seed files that are new, whose size or time stamp changed, or that are in <paramref name="changedPaths"/>;
    /// forgets deleted ones. Returns how many were parsed (a file saved with the same text is read, not parsed).
    /// </summary>
    private int Scan(DiagnosticBag diagnostics, IReadOnlyCollection<string> changedPaths)
    {
        var forced = changedPaths.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var listed = SourceLoader.List(_options.SeedsDirectory, diagnostics) ?? [];
        var present = listed.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _sources.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _sources.Remove(gone);
            _pending.Add(gone);
        }

        var stale = listed
            .Select(relative => (relative, info: new FileInfo(Path.Combine(_options.SeedsDirectory, relative))))
            .Where(f => !_sources.TryGetValue(f.relative, out var known) || known.Length != f.info.Length || known.Modified != f.info.LastWriteTimeUtc
                        || forced.Contains(f.info.FullName))
            .ToList();
        var read = new (string Relative, TrackedSource Source, bool Changed)[stale.Count];
        Parallel.For(0, stale.Count, i =>
        {
            var (relative, info) = stale[i];
            var bag = new DiagnosticBag();
            var source = SourceLoader.ReadSeed(_options.SeedsDirectory, relative, bag);
            if (source is not null && _sources.TryGetValue(relative, out var known) && known.Text == source.Text)
            {
                read[i] = (relative, known with { Length = info.Length, Modified = info.LastWriteTimeUtc }, false);
                return;
            }

            var result = source is null ? null : _parser!.Parse(source);
            bag.AddRange(result?.Diagnostics ?? []);
            read[i] = (relative, new TrackedSource(info.Length, info.LastWriteTimeUtc, source?.Text, result?.Post, bag.ToSortedList()), true);
        });

        foreach (var (relative, source, changed) in read)
        {
            _sources[relative] = source;
            if (changed)
            {
                _pending.Add(relative);
            }
        }

        return read.Count(r => r.Changed);
    }

    /// <summary>
    /// The edited posts, as records that take the place of the last good build's, when every change since that
    /// build only edited post bodies; null when a post came or went, or an edit changed what lists, feeds, the
    /// catalog or the search index show.
    /// </summary>
    private IReadOnlyCollection<SitePost>? BodyOnlyEdits()
    {
        if (_site is null)
        {
            return null;
        }

        var before = _site.Posts.ToDictionary(p => p.Post.RelativePath, StringComparer.Ordinal);
        var edited = new List<SitePost>();
        foreach (var path in _pending)
        {
            if (!before.TryGetValue(path, out var old) || _sources.GetValueOrDefault(path)?.Post is not { } post || !BodyEdit.IsBodyOnly(old.Post, post))
            {
                return null;
            }

            edited.Add(old with { Post = post });
        }

        return edited;
    }

    private static bool IsBelow(string path, string folder)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(path);
        return full.StartsWith(root, StringComparison.Ordinal) || full + Path.DirectorySeparatorChar == root;
    }
}
