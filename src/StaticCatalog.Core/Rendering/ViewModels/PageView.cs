namespace StaticCatalog.Rendering.ViewModels;

/// <summary>What the base layout needs about the page it wraps.</summary>
public sealed record PageView
{
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }

    /// <summary>Absolute when the site has an absolute base URL, else the same as <see cref="Url"/>.</summary>
    public required string CanonicalUrl { get; init; }

    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
}
