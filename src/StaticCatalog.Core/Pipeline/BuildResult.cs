using StaticCatalog.Checking;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Pipeline;

/// <summary>What a build did: counts for the summary, every diagnostic in a stable order, stage timings.</summary>
public sealed record BuildResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    public int SourcesRead { get; init; }
    public int PostsPublished { get; init; }
    public int PagesWritten { get; init; }
    public int FilesWritten { get; init; }

    /// <summary>True when the output folder was replaced by this build.</summary>
    public bool OutputWritten { get; init; }

    /// <summary>The change report's one-line summary when <c>--compare-to</c> was given and the report was written.</summary>
    public string? ChangeSummary { get; init; }

    /// <summary>The check of the written site, when the build was asked to check it.</summary>
    public SiteCheckResult? Check { get; init; }

    public TimeSpan Elapsed { get; init; }
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
