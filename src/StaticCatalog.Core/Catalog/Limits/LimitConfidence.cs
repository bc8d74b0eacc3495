namespace StaticCatalog.Catalog.Limits;

/// <summary>
/// How sure the extractor is that a figure is a limit of its subject (<see cref="CatalogLimit.Confidence"/>), from two pieces of
/// evidence: where the subject was found (<see cref="SubjectSource"/>) and whether the words state a bound ("up to", "maximum",
/// "supports N", "+", "per ..."). One line per source; pages hide items below the site's threshold (0.5 by default), catalog.json keeps all.
/// </summary>
public static class LimitConfidence
{
    /// <summary>The score by subject source: with an explicit bound, and for a bare figure with a unit.</summary>
    public static IReadOnlyDictionary<SubjectSource, (double Bound, double Bare)> BySource { get; } = new Dictionary<SubjectSource, (double, double)>
    {
        [SubjectSource.Sentence] = (0.95, 0.8),
        [SubjectSource.Lead] = (0.9, 0.75),
        [SubjectSource.Passage] = (0.8, 0.65),
        [SubjectSource.Section] = (0.75, 0.6),
        [SubjectSource.Post] = (0.6, 0.5),
        [SubjectSource.None] = (0.4, 0.3),
    };

    /// <summary>Taken off a figure in a table row: a cell, whose row may be a measurement rather than a specification.</summary>
    public const double TableRowPenalty = 0.1;

    /// <summary>The confidence of a figure with this subject source, bound wording and passage kind, 0 to 1.</summary>
    public static double Of(SubjectSource source, bool bound, PassageKind passageKind)
    {
        var (withBound, bare) = BySource[source];
        var score = bound ? withBound : bare;
        return Math.Round(Math.Clamp(passageKind == PassageKind.TableRow ? score - TableRowPenalty : score, 0, 1), 2);
    }

}
