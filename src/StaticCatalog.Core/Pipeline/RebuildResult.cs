using StaticCatalog.Diagnostics;

namespace StaticCatalog.Pipeline;

/// <summary>What one build or rebuild of a <see cref="SiteSession"/> did, and how long each stage took.</summary>
public sealed record RebuildResult
{
    public required RebuildKind Kind { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Seed files read and parsed again because their text changed (or all of them on a full build).</summary>
    public int PostsParsed { get; init; }

    /// <summary>Pages and other files rendered, whether or not their bytes changed.</summary>
    public int FilesRendered { get; init; }

    /// <summary>Files written because their bytes changed, and files deleted, below the output folder.</summary>
    public IReadOnlyList<string> Written { get; init; } = [];
    public IReadOnlyList<string> Deleted { get; init; } = [];

    public TimeSpan Elapsed { get; init; }
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    public bool Succeeded => Kind != RebuildKind.Failed;
}
