using StaticCatalog.Formatting;

namespace StaticCatalog.Site;

/// <summary>
/// One limit stated over time (the same service, metric, scope and subject): its values oldest first, the current
/// one, and what each was superseded by. Statements of one day supersede none of each other: when their values
/// differ they are a conflict, not a change.
/// </summary>
/// <param name="Key">The <see cref="LimitEntry.HistoryKey"/> its entries share.</param>
/// <param name="Entries">Oldest first; a former value ("from 1,000") right before the limit it became.</param>
public sealed record LimitHistory(string Key, IReadOnlyList<LimitEntry> Entries)
{
    private readonly Dictionary<string, string?> _supersededBy = SupersededByOf(Entries);

    /// <summary>The newest statement (the last one when the newest day has several).</summary>
    public LimitEntry Current => Entries[^1];

    /// <summary>True when its statements give more than one value.</summary>
    public bool Changed { get; } = Entries.Select(e => e.Limit.Normalized).Distinct().Skip(1).Any();

    /// <summary>
    /// The id of the statement that superseded <paramref name="entry"/>: the first one of a later day, or for a former
    /// value the limit it became; null while it is current.
    /// </summary>
    public string? SupersededBy(LimitEntry entry) => _supersededBy.GetValueOrDefault(entry.Id);

    /// <summary>The statements no later one superseded: one, or several of the newest day.</summary>
    public IEnumerable<LimitEntry> CurrentEntries => Entries.Where(e => SupersededBy(e) is null);

    private static Dictionary<string, string?> SupersededByOf(IReadOnlyList<LimitEntry> entries)
    {
        var superseded = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var day = DateFormat.Day(entry.Date);
            superseded[entry.Id] = entry.FormerOf
                ?? entries.Skip(i + 1).FirstOrDefault(e => e.FormerOf is null && string.CompareOrdinal(DateFormat.Day(e.Date), day) > 0)?.Id;
        }

        return superseded;
    }
}
