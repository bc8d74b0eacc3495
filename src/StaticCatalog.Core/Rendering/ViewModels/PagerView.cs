namespace StaticCatalog.Rendering.ViewModels;

/// <summary>Where a paginated list is: page numbers with links, previous and next.</summary>
public sealed record PagerView
{
    public required int Current { get; init; }
    public required int Total { get; init; }
    public string? PreviousUrl { get; init; }
    public string? NextUrl { get; init; }

    /// <summary>The previous and next links' words: lists of posts go from newer to older, other lists do not.</summary>
    public string PreviousLabel { get; init; } = "← Newer";
    public string NextLabel { get; init; } = "Older →";

    /// <summary>
    /// The first and last pages, the current one and <see cref="StaticCatalog.Rendering.Paging.Paginator.PagerRadius"/>
    /// on each side of it, with a gap where pages are left out: a tag of 460 pages listed every page on each of them
    /// (25 kB a page, 12 MB for that tag alone).
    /// </summary>
    public required IReadOnlyList<PagerItemView> Pages { get; init; }
}
