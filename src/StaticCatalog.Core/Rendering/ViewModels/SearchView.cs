namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The search page: where to browse instead when search cannot run (no JavaScript).</summary>
public sealed record SearchView
{
    /// <summary>Services, limits, tags and the archive.</summary>
    public required IReadOnlyList<LinkView> Browse { get; init; }
}
