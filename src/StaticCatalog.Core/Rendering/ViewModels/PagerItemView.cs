namespace StaticCatalog.Rendering.ViewModels;

/// <summary>One place in a pager: a page's number and link, the current page (no link), or a gap of skipped pages.</summary>
/// <param name="Number">The page's number; 0 for a gap.</param>
/// <param name="Url">The page's URL (base path included); empty for the current page and a gap.</param>
/// <param name="IsCurrent">Whether this is the page the pager is on.</param>
/// <param name="IsGap">Whether this stands for pages left out between two shown ones.</param>
public sealed record PagerItemView(int Number, string Url, bool IsCurrent, bool IsGap);
