namespace StaticCatalog.Rendering.Paging;

/// <summary>Where a list breaks into pages: as many entries as fit, by count and by size, in order.</summary>
public static class PageBreaks
{
    /// <summary>
    /// The pages of a list of entries of <paramref name="sizes"/> bytes: each holds at most <paramref name="perPage"/>
    /// entries and stops before its entries pass <paramref name="budget"/> bytes, but holds one entry at least (an entry
    /// larger than the budget is alone on its page). An empty list is one empty page.
    /// </summary>
    public static IReadOnlyList<(int First, int Count)> Split(IReadOnlyList<int> sizes, int perPage, long budget)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perPage, 1);
        var pages = new List<(int First, int Count)>();
        var first = 0;
        while (first < sizes.Count || pages.Count == 0)
        {
            var count = 0;
            long bytes = 0;
            while (first + count < sizes.Count && count < perPage && (count == 0 || bytes + sizes[first + count] <= budget))
            {
                bytes += sizes[first + count];
                count++;
            }

            pages.Add((first, count));
            first += count;
        }

        return pages;
    }
}
