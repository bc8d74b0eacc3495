namespace StaticCatalog.Rendering.Paging;

/// <summary>Page <paramref name="Number"/> of <paramref name="Total"/> of a list: its site path and its entries.</summary>
public sealed record ListPage<T>(int Number, int Total, string SitePath, IReadOnlyList<T> Items)
{
    /// <summary>The page's title: the heading, and on pages after the first "(page 2 of 5)".</summary>
    public string Title(string heading) => Number > 1 ? $"{heading} (page {Number} of {Total})" : heading;
}
