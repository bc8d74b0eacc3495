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

    /// <summary>Every page, with <c>Count</c> unused and the current one marked by its URL being the page's.</summary>
    public required IReadOnlyList<LinkView> Pages { get; init; }
}
