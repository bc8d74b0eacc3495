namespace StaticCatalog.Catalog.Features;

/// <summary>
/// The items of one roundup, in document order, and which item each passage belongs to: a figure stated inside
/// an item (its list item, the list nested in it, or the text under an item heading) is that item's.
/// </summary>
public sealed class RoundupItems
{
    private readonly Dictionary<Passage, RoundupItem> _byPassage;

    public RoundupItems(IReadOnlyList<RoundupItem> items, Dictionary<Passage, RoundupItem> byPassage)
    {
        Items = items;
        _byPassage = byPassage;
    }

    public static RoundupItems Empty { get; } = new([], new Dictionary<Passage, RoundupItem>(ReferenceEqualityComparer.Instance));

    public IReadOnlyList<RoundupItem> Items { get; }

    /// <summary>The item whose block holds the passage, or null when the passage is outside every item.</summary>
    public RoundupItem? ItemFor(Passage passage) => _byPassage.GetValueOrDefault(passage);
}
