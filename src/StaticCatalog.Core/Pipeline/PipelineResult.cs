using StaticCatalog.Diagnostics;
using StaticCatalog.Site;

namespace StaticCatalog.Pipeline;

/// <summary>What one run of <see cref="SitePipeline"/> did; <see cref="BuildResult"/> and <see cref="RebuildResult"/> are what <c>build</c> and <c>serve</c> make of it.</summary>
public sealed record PipelineResult
{
    /// <summary>What was rendered and written; <see cref="RebuildKind.Failed"/> when nothing was written.</summary>
    public required RebuildKind Kind { get; init; }

    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Seed files found, the ones that could not be read or parsed included.</summary>
    public int SourcesRead { get; init; }

    /// <summary>Seed files parsed this run (every one on a build; those whose text changed on a rebuild).</summary>
    public int PostsParsed { get; init; }

    /// <summary>The assembled site, when the run got that far.</summary>
    public SiteModel? Site { get; init; }

    /// <summary>Files rendered by each output (by <see cref="Outputs.ISiteOutput.Name"/>), whether or not their bytes changed.</summary>
    public IReadOnlyDictionary<string, int> Rendered { get; init; } = new Dictionary<string, int>();

    /// <summary>What the write stage changed on disk; null when nothing was written.</summary>
    public SiteWrite? Write { get; init; }

    public TimeSpan Elapsed { get; init; }
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    public int FilesRendered => Rendered.Values.Sum();
}
