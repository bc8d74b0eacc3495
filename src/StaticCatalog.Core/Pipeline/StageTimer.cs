using System.Diagnostics;

namespace StaticCatalog.Pipeline;

/// <summary>Runs named stages, telling progress when each starts and keeping how long each took (printed with <c>--verbose</c>).</summary>
public sealed class StageTimer
{
    private readonly IProgress<BuildProgress>? _progress;
    private readonly List<StageTiming> _timings = [];

    public StageTimer(IProgress<BuildProgress>? progress = null)
    {
        _progress = progress;
    }

    /// <summary>The stages run so far, in order.</summary>
    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Run<T>(string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        _progress?.Report(new BuildProgress(stage, 0, 0));
        var value = run();
        _timings.Add(new StageTiming(stage, watch.Elapsed));
        return value;
    }
}
