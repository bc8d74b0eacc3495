using StaticCatalog.Diagnostics;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Pipeline;

/// <summary>
/// Which sources a run of <see cref="SitePipeline"/> reads: every seed and input (<see cref="AllSources"/>, for
/// <c>build</c>) or only what changed since the last run (<see cref="ChangedSources"/>, for <c>serve</c>).
/// </summary>
public interface ISiteSources
{
    /// <summary>The configure stage: <c>site.yml</c>, the taxonomy, the base URL and the theme.</summary>
    SiteInputs Configure(DiagnosticBag diagnostics);

    /// <summary>The load stage: the seed files to parse this run.</summary>
    IReadOnlyList<SourceFile> Load(DiagnosticBag diagnostics);

    /// <summary>
    /// After the parse stage: takes what was parsed (<paramref name="results"/>, one per file of
    /// <paramref name="parsed"/>) and reports every problem of the site's sources to <paramref name="diagnostics"/>.
    /// </summary>
    SourceSet Accept(IReadOnlyList<SourceFile> parsed, IReadOnlyList<PostParseResult> results, DiagnosticBag diagnostics);

    /// <summary>The run was written: the site on disk now has every change accepted so far.</summary>
    void Published();
}
