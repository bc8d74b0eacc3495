namespace StaticCatalog.Site;

/// <summary>
/// The limits stated more than once over time (<see cref="LimitHistory"/>), newest change first, and the history
/// of each of their statements. A limit stated once has none.
/// </summary>
public sealed class LimitHistories
{
    private readonly Dictionary<string, LimitHistory> _byLimit = new(StringComparer.Ordinal);

    public LimitHistories(IEnumerable<LimitEntry> limits)
    {
        All = limits
            .Where(l => l.HistoryKey is not null)
            .GroupBy(l => l.HistoryKey!, StringComparer.Ordinal)
            .Where(g => g.Skip(1).Any())
            .Select(g => new LimitHistory(g.Key, g
                .OrderBy(l => l.Date.UtcDateTime)
                .ThenBy(l => l.FormerOf ?? l.Id, StringComparer.Ordinal)
                .ThenBy(l => l.FormerOf is null ? 1 : 0)
                .ToList()))
            .OrderByDescending(h => h.Current.Date.UtcDateTime)
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var history in All)
        {
            foreach (var entry in history.Entries)
            {
                _byLimit[entry.Id] = history;
            }
        }
    }

    /// <summary>Every history of more than one statement, the newest first.</summary>
    public IReadOnlyList<LimitHistory> All { get; }

    /// <summary>The history <paramref name="limit"/> is a statement of, or null when it is its only one.</summary>
    public LimitHistory? Of(LimitEntry limit) => _byLimit.GetValueOrDefault(limit.Id);

    /// <summary>The id of the statement that superseded <paramref name="limit"/>, or null while it is current.</summary>
    public string? SupersededBy(LimitEntry limit) => Of(limit)?.SupersededBy(limit);
}
