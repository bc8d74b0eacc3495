using StaticCatalog.Catalog.Review;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Pipeline;

/// <summary>
/// The sources of <c>serve</c>, kept between runs. A run reads again only the seed files whose size or time stamp
/// changed (or that it is told changed) and parses only those whose text did; it loads the configuration,
/// taxonomy and theme again only when told to, and then parses every seed again (the taxonomy decides what each
/// post's catalog holds).
/// </summary>
public sealed class ChangedSources : ISiteSources
{
    private readonly BuildOptions _options;
    private readonly Dictionary<string, TrackedSource> _sources = new(StringComparer.Ordinal);

    /// <summary>Seed files whose text changed, or that came or went, since the last good write.</summary>
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);

    private IReadOnlyList<Diagnostic> _inputDiagnostics = [];
    private bool _inputsChanged;
    private bool _reload = true;
    private HashSet<string> _forced = new(StringComparer.Ordinal);

    public ChangedSources(BuildOptions options)
    {
        _options = options;
    }

    /// <summary>The configuration, base URL, taxonomy and theme, once loaded (even when the run failed).</summary>
    public SiteInputs? Inputs { get; private set; }

    /// <summary>
    /// Says what the next run must read: <paramref name="reloadInputs"/> loads the configuration, taxonomy and
    /// theme again; <paramref name="changedPaths"/> are read again even if their size and time stamp look the same
    /// (time stamps are coarse).
    /// </summary>
    public void Expect(bool reloadInputs, IReadOnlyCollection<string> changedPaths)
    {
        _reload = reloadInputs || Inputs is null;
        _forced = changedPaths.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
    }

    public SiteInputs Configure(DiagnosticBag diagnostics)
    {
        if (_reload || Inputs is null)
        {
            var bag = new DiagnosticBag();
            Inputs = SiteInputs.Load(_options, bag);
            _inputDiagnostics = bag.ToSortedList();
            _sources.Clear();
            _inputsChanged = true;
        }

        diagnostics.AddRange(_inputDiagnostics);
        return Inputs;
    }

    /// <summary>
    /// The seed files that are new, whose size or time stamp changed, or that were named as changed, and whose
    /// text changed (a file saved with the same text is read, not parsed); forgets deleted ones.
    /// </summary>
    public IReadOnlyList<SourceFile> Load(DiagnosticBag diagnostics)
    {
        var listed = SourceLoader.List(_options.SeedsDirectory, diagnostics) ?? [];
        var present = listed.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _sources.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _sources.Remove(gone);
            _pending.Add(gone);
        }

        var stale = listed
            .Select(relative => (relative, info: new FileInfo(Path.Combine(_options.SeedsDirectory, relative))))
            .Select(f => (f.relative, f.info, review: ReviewStampOf(f.info.FullName)))
            // A seed is read again when it or its review file (post.catalog.yml) changed: the review file is part of its catalog.
            .Where(f => !_sources.TryGetValue(f.relative, out var known) || known.Length != f.info.Length || known.Modified != f.info.LastWriteTimeUtc
                        || known.ReviewStamp != f.review || _forced.Contains(f.info.FullName) || _forced.Contains(ReviewFile.PathFor(f.info.FullName)))
            .ToList();
        var read = new (string Relative, TrackedSource Tracked, SourceFile? Source, bool Changed)[stale.Count];
        Parallel.For(0, stale.Count, i =>
        {
            var (relative, info, review) = stale[i];
            var bag = new DiagnosticBag();
            var source = SourceLoader.ReadSeed(_options.SeedsDirectory, relative, bag);
            var diagnostics = bag.ToSortedList();
            read[i] = source is not null && diagnostics.Count == 0 && _sources.TryGetValue(relative, out var known) && known.Text == source.Text && known.ReviewText == source.Review?.Text
                ? (relative, known with { Length = info.Length, Modified = info.LastWriteTimeUtc, ReviewStamp = review }, null, false)
                : (relative, new TrackedSource(info.Length, info.LastWriteTimeUtc, source?.Text, null, diagnostics) { ReviewText = source?.Review?.Text, ReviewStamp = review }, source, true);
        });

        var changed = new List<SourceFile>();
        foreach (var (relative, tracked, source, isChanged) in read)
        {
            _sources[relative] = tracked;
            if (isChanged)
            {
                _pending.Add(relative);
            }

            if (isChanged && source is not null)
            {
                changed.Add(source);
            }
        }

        return changed;
    }

    /// <summary>The size and time stamp of the seed's review file, or null when it has none.</summary>
    private static string? ReviewStampOf(string seedPath)
    {
        var review = new FileInfo(ReviewFile.PathFor(seedPath));
        return review.Exists ? $"{review.Length}/{review.LastWriteTimeUtc.Ticks}" : null;
    }

    public SourceSet Accept(IReadOnlyList<SourceFile> parsed, IReadOnlyList<PostParseResult> results, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < parsed.Count; i++)
        {
            var relative = parsed[i].RelativePath;
            var tracked = _sources[relative];
            _sources[relative] = tracked with { Post = results[i].Post, Diagnostics = [.. tracked.Diagnostics, .. results[i].Diagnostics] };
        }

        foreach (var source in _sources.Values)
        {
            diagnostics.AddRange(source.Diagnostics);
        }

        var posts = _sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Value.Post).OfType<Post>().ToList();
        return new SourceSet(posts, _sources.Count, [.. _pending], _inputsChanged);
    }

    public void Published()
    {
        _pending.Clear();
        _inputsChanged = false;
    }
}
