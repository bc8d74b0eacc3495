namespace StaticCatalog.Rendering.Paging;

/// <summary>
/// What is left of a page's bytes while its parts are laid out, one after the other: each list takes the entries
/// that still fit (in order) and spends them. Not thread-safe; one budget a page being planned.
/// </summary>
public sealed class ByteBudget
{
    public ByteBudget(long bytes)
    {
        Left = bytes;
    }

    /// <summary>A budget for the content of one page (<see cref="PageBounds.ContentBudget"/>).</summary>
    public static ByteBudget ForPage() => new(PageBounds.ContentBudget);

    public long Left { get; private set; }

    public void Spend(long bytes) => Left -= bytes;

    /// <summary>
    /// The first of <paramref name="items"/> (at most <paramref name="most"/>) whose sizes fit in what is left, or in
    /// <paramref name="share"/> of it when less is given; their bytes are spent. The list itself when all of it fits.
    /// </summary>
    public IReadOnlyList<T> Take<T>(IReadOnlyList<T> items, Func<T, int> sizeOf, int most = int.MaxValue, long? share = null)
    {
        var allowed = Math.Min(Left, share ?? long.MaxValue);
        long spent = 0;
        var count = 0;
        while (count < items.Count && count < most && spent + sizeOf(items[count]) <= allowed)
        {
            spent += sizeOf(items[count]);
            count++;
        }

        Left -= spent;
        return count == items.Count ? items : items.Take(count).ToList();
    }

    /// <summary>
    /// How to share what is left between parts of a page that would take <paramref name="needs"/> bytes: each gets its
    /// need when all fit; otherwise the smaller needs are met first and the rest is shared evenly (max-min fairness),
    /// so one long part cannot crowd out the others.
    /// </summary>
    public IReadOnlyList<long> Shares(IReadOnlyList<long> needs)
    {
        var shares = new long[needs.Count];
        var left = Math.Max(0, Left);
        var order = Enumerable.Range(0, needs.Count).OrderBy(i => needs[i]).ThenBy(i => i).ToList();
        for (var k = 0; k < order.Count; k++)
        {
            var share = Math.Min(needs[order[k]], left / (order.Count - k));
            shares[order[k]] = share;
            left -= share;
        }

        return shares;
    }

    /// <summary>What the first of <paramref name="items"/> (at most <paramref name="most"/>) would take.</summary>
    public static long Need<T>(IEnumerable<T> items, Func<T, int> sizeOf, int most = int.MaxValue) => items.Take(most).Sum(i => (long)sizeOf(i));
}
