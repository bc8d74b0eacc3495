using System.Globalization;
using StaticCatalog.Rendering.ViewModels;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering.Paging;

/// <summary>
/// The one paginator of the site: the archive, term pages, a service's posts, feature lists, the limits index and
/// the term indexes by letter are all split by it. Page 1 is the folder itself, page n is <c>folder/page/n/</c>
/// (<see cref="SitePaths.Paged"/>); each page holds at most a count of entries and stops before its entries'
/// estimated HTML, with the page's fixed parts and its pager, passes <see cref="PageBounds.ContentBudget"/>.
/// </summary>
public sealed class Paginator
{
    /// <summary>A pager's markup without its page links, and the markup of one page link beside its URL.</summary>
    private const int PagerMarkup = 400;

    private const int PagerLinkMarkup = 48;

    private readonly SiteUrl _url;

    public Paginator(SiteUrl url)
    {
        _url = url;
    }

    /// <param name="folder">The list's folder (its first page).</param>
    /// <param name="items">The entries, in the order they are shown.</param>
    /// <param name="perPage">At most this many entries a page.</param>
    /// <param name="sizeOf">An upper bound of an entry's HTML (<see cref="HtmlSize"/>).</param>
    /// <param name="fixedBytes">What every page of the list shows besides its entries and pager (a heading, a filter panel).</param>
    public IReadOnlyList<ListPage<T>> Paginate<T>(string folder, IReadOnlyList<T> items, int perPage, Func<T, int> sizeOf, int fixedBytes = 0)
    {
        var sizes = items.Select(sizeOf).ToList();
        // The pager lists every page, so it grows with the page count: split again until the count it was sized for holds.
        var total = Math.Max(1, (items.Count + perPage - 1) / perPage);
        IReadOnlyList<(int First, int Count)> breaks;
        while (true)
        {
            breaks = PageBreaks.Split(sizes, perPage, PageBounds.ContentBudget - fixedBytes - PagerBytes(folder, total));
            if (breaks.Count <= total)
            {
                break;
            }

            total = breaks.Count;
        }

        return breaks
            .Select((b, i) => new ListPage<T>(i + 1, breaks.Count, SitePaths.Paged(folder, i + 1), items.Skip(b.First).Take(b.Count).ToList()))
            .ToList();
    }

    /// <summary>Pages a pager shows on each side of the current one (besides the first and the last).</summary>
    public const int PagerRadius = 2;

    /// <summary>The pager of page <paramref name="number"/> of <paramref name="total"/> below a folder.</summary>
    public PagerView Pager(string folder, int number, int total)
    {
        string Link(int n) => _url.Link(SitePaths.Paged(folder, n));
        var items = new List<PagerItemView>();
        foreach (var n in Shown(number, total))
        {
            if (items.Count > 0 && n > items[^1].Number + 1)
            {
                items.Add(new PagerItemView(0, "", IsCurrent: false, IsGap: true));
            }

            items.Add(new PagerItemView(n, n == number ? "" : Link(n), IsCurrent: n == number, IsGap: false));
        }

        return new PagerView
        {
            Current = number,
            Total = total,
            PreviousUrl = number > 1 ? Link(number - 1) : null,
            NextUrl = number < total ? Link(number + 1) : null,
            Pages = items,
        };
    }

    /// <summary>
    /// The page numbers a pager shows, in order: 1, the last, and <see cref="PagerRadius"/> on each side of the current
    /// one; a single page left out between two shown ones is shown instead of a gap.
    /// </summary>
    private static IEnumerable<int> Shown(int number, int total)
    {
        var shown = new SortedSet<int> { 1, total };
        for (var n = Math.Max(1, number - PagerRadius); n <= Math.Min(total, number + PagerRadius); n++)
        {
            shown.Add(n);
        }

        foreach (var n in shown.ToList())
        {
            if (shown.Contains(n + 2) && !shown.Contains(n + 1))
            {
                shown.Add(n + 1);
            }
        }

        return shown.Where(n => n >= 1 && n <= total);
    }

    /// <summary>The pager of <paramref name="page"/>.</summary>
    public PagerView Pager<T>(string folder, ListPage<T> page) => Pager(folder, page.Number, page.Total);

    /// <summary>An upper bound of the pager of a list of <paramref name="total"/> pages (at most the first, the last, the window and two gaps).</summary>
    private int PagerBytes(string folder, int total) =>
        total <= 1 ? 0 : PagerMarkup + (Math.Min(total, (2 * PagerRadius) + 5) * (PagerLinkMarkup + HtmlSize.Text(_url.Link(SitePaths.Paged(folder, total)))));
}
