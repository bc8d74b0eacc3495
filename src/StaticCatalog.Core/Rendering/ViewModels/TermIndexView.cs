namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The index of every tag, section or feed with its post count.</summary>
public sealed record TermIndexView
{
    public required string Kind { get; init; }
    public required string Heading { get; init; }

    /// <summary>Sorted by name.</summary>
    public required IReadOnlyList<LinkView> Terms { get; init; }
}
