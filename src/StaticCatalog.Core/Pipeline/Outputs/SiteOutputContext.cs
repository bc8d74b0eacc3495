using System.Collections.Concurrent;
using StaticCatalog.Diagnostics;
using StaticCatalog.Rendering;
using StaticCatalog.Site;

namespace StaticCatalog.Pipeline.Outputs;

/// <summary>What every <see cref="ISiteOutput"/> reads: the assembled site and its planner, the pages this run renders,
/// the configuration and theme, and the paths made so far by the outputs before it.</summary>
/// <param name="Pages">The pages this run renders: the whole plan, or only the pages an edit touched.</param>
/// <param name="Made">Paths made so far this run (thread-safe), so a later output can tell a clash.</param>
public sealed record SiteOutputContext(
    SiteModel Site,
    PagePlanner Planner,
    IReadOnlyList<PageSpec> Pages,
    SiteInputs Inputs,
    DiagnosticBag Diagnostics,
    IProgress<BuildProgress>? Progress,
    ConcurrentQueue<string> Made)
{
    /// <summary>The pages drawn by earlier runs (<c>serve</c>), whose files stand for pages drawn from equal views; null in a build.</summary>
    public RenderedPageMemo? Memo { get; init; }
}
