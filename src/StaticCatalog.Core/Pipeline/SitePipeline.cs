using System.Collections.Concurrent;
using System.Diagnostics;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Output;
using StaticCatalog.Pipeline.Outputs;
using StaticCatalog.Posts;
using StaticCatalog.Rendering;
using StaticCatalog.Site;
using StaticCatalog.Sources;

namespace StaticCatalog.Pipeline;

/// <summary>
/// The one definition of the stages, for <c>build</c> and <c>serve</c> alike. Each hands immutable records forward:
/// configure (<c>site.yml</c>, taxonomy, theme), load (seed files), parse (parallel), assemble (the barrier: the site
/// model and its catalog together), render (a table of <see cref="ISiteOutput"/>s; pages in parallel) and write (the
/// only stage that changes the output folder). What differs between the commands is given as strategies: which
/// sources to read (<see cref="ISiteSources"/>), what to render (<see cref="IRenderSelection"/>) and where to write
/// (<see cref="ISiteDestination"/>). An error in the sources stops a run before it writes, unless
/// <see cref="BuildOptions.KeepGoing"/> says to write the site without the posts that have errors.
/// </summary>
public sealed class SitePipeline
{
    private readonly BuildOptions _options;
    private readonly ISiteSources _sources;
    private readonly IRenderSelection _selection;
    private readonly ISiteDestination _destination;
    private readonly IProgress<BuildProgress>? _progress;
    private readonly RenderedPageMemo? _memo;
    private (SiteInputs Inputs, PostParser Parser)? _parser;
    private SiteModel? _lastGood;

    /// <param name="memo">The pages drawn by earlier runs, kept for later ones (<c>serve</c>); null draws every page it renders.</param>
    public SitePipeline(
        BuildOptions options, ISiteSources sources, IRenderSelection selection, ISiteDestination destination, IProgress<BuildProgress>? progress = null, RenderedPageMemo? memo = null)
    {
        _memo = memo;
        _options = options;
        _sources = sources;
        _selection = selection;
        _destination = destination;
        _progress = progress;
    }

    /// <summary>Runs every stage once. The pipeline keeps the site it last wrote, for the next run's <see cref="IRenderSelection"/>.</summary>
    public PipelineResult Run()
    {
        var total = Stopwatch.StartNew();
        var timer = new StageTimer(_progress);
        var diagnostics = new DiagnosticBag();
        var ended = RunStages(timer, diagnostics, new PipelineResult { Kind = RebuildKind.Failed, Diagnostics = [] });
        return ended with { Diagnostics = diagnostics.ToSortedList(), Elapsed = total.Elapsed, Timings = timer.Timings };
    }

    /// <param name="result">What is known so far; a stage that stops the run hands it back as it is.</param>
    private PipelineResult RunStages(StageTimer timer, DiagnosticBag diagnostics, PipelineResult result)
    {
        if (!OutputFolderCheck.IsSafe(_options, diagnostics))
        {
            return result;
        }

        var inputs = timer.Run("configure", () => _sources.Configure(diagnostics));
        var (sources, parsed) = LoadAndParse(timer, inputs, diagnostics);
        result = result with { SourcesRead = sources.Found, PostsParsed = parsed };
        if (Stops(diagnostics))
        {
            return result;
        }

        if (_selection.Choose(sources, _lastGood) is not { } scope)
        {
            return result with { Kind = RebuildKind.Unchanged };
        }

        var site = timer.Run("assemble", () => scope.Assemble(sources.Posts, inputs, diagnostics));
        result = result with { Site = site };
        if (!_destination.Open(diagnostics))
        {
            return result;
        }

        try
        {
            var rendered = timer.Run("render", () => Render(scope, site, inputs, diagnostics));
            result = result with { Rendered = rendered };
            if (Stops(diagnostics))
            {
                return result;
            }

            if (timer.Run("write", () => _destination.Commit(scope.Complete, diagnostics)) is not { } write)
            {
                return result;
            }

            _lastGood = site;
            _sources.Published();
            return result with { Kind = scope.Kind, Write = write };
        }
        finally
        {
            _destination.Close();
        }
    }

    /// <summary>
    /// The load and parse stages. The seed files' text is dropped when this returns: the render stage needs only the
    /// parsed posts (at 21,000 posts the texts held until the last page was drawn were 280 MB).
    /// </summary>
    /// <returns>What the parse stage hands on, and how many seed files were parsed.</returns>
    private (SourceSet Sources, int Parsed) LoadAndParse(StageTimer timer, SiteInputs inputs, DiagnosticBag diagnostics)
    {
        var loaded = timer.Run("load", () => _sources.Load(diagnostics));
        _progress?.Report(new BuildProgress("load", loaded.Count, loaded.Count));
        return (timer.Run("parse", () => _sources.Accept(loaded, Parse(loaded, inputs), diagnostics)), loaded.Count);
    }

    private bool Stops(DiagnosticBag diagnostics) => diagnostics.HasErrors && !_options.KeepGoing;

    private IReadOnlyList<PostParseResult> Parse(IReadOnlyList<SourceFile> sources, SiteInputs inputs)
    {
        // The taxonomy decides what each post's catalog holds: a parser serves as long as the inputs it was made with.
        if (_parser is not { } made || !ReferenceEquals(made.Inputs, inputs))
        {
            _parser = made = (inputs, PostParser.ForSite(inputs.Taxonomy));
        }

        var results = new PostParseResult[sources.Count];
        var done = 0;
        Parallel.For(0, sources.Count, i =>
        {
            results[i] = made.Parser.Parse(sources[i]);
            var completed = Interlocked.Increment(ref done);
            if (completed % 64 == 0 || completed == sources.Count)
            {
                _progress?.Report(new BuildProgress("parse", completed, sources.Count));
            }
        });
        return results;
    }

    /// <summary>Runs the scope's outputs one after the other, each file handed to the destination as soon as it is made.</summary>
    /// <returns>How many files each output made.</returns>
    private Dictionary<string, int> Render(RenderScope scope, SiteModel site, SiteInputs inputs, DiagnosticBag diagnostics)
    {
        var planner = new PagePlanner(site);
        // Every post, on every run (serve's too), so a rebuild reports the same set a build would.
        diagnostics.AddRange(planner.OversizedPosts());
        var made = new ConcurrentQueue<string>();
        var context = new SiteOutputContext(site, planner, scope.Pages(planner), inputs, diagnostics, _progress, made) { Memo = _memo };
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var output in scope.Outputs)
        {
            var before = made.Count;
            output.Write(context, file =>
            {
                made.Enqueue(file.RelativePath);
                _destination.Write(file);
            });
            counts[output.Name] = counts.GetValueOrDefault(output.Name) + made.Count - before;
        }

        return counts;
    }
}
