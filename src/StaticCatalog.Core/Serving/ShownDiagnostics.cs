using StaticCatalog.Diagnostics;

namespace StaticCatalog.Serving;

/// <summary>
/// Remembers the diagnostics of the last build of <c>serve</c> so that a rebuild prints only what is new: the first
/// build shows all, each rebuild the diagnostics the last one did not have, plus every error (a failed rebuild must
/// say why), and counts the warnings left out as unchanged and the diagnostics gone as fixed.
/// </summary>
public sealed class ShownDiagnostics
{
    /// <summary>
    /// Codes only a rebuild of the whole site looks for (assembling URLs, the theme's files): a rebuild of edited
    /// bodies, one that found nothing changed or one that failed early keeps the last ones instead of losing them.
    /// </summary>
    private static readonly HashSet<string> WholeSiteCodes = [DiagnosticCodes.DuplicateUrl];

    private HashSet<Diagnostic>? _last;

    /// <param name="current">Every diagnostic of this build.</param>
    /// <param name="wholeSite">This build assembled and rendered the whole site, so it reported every kind.</param>
    public DiagnosticsToShow Next(IReadOnlyList<Diagnostic> current, bool wholeSite)
    {
        var last = _last;
        var now = current.ToHashSet();
        if (last is null)
        {
            _last = now;
            return new DiagnosticsToShow(current, 0, 0);
        }

        if (!wholeSite)
        {
            now.UnionWith(last.Where(d => WholeSiteCodes.Contains(d.Code)));
        }

        _last = now;
        return new DiagnosticsToShow(
            current.Where(d => d.IsError || !last.Contains(d)).ToList(),
            now.Count(d => !d.IsError && last.Contains(d)),
            last.Count(d => !now.Contains(d)));
    }
}
