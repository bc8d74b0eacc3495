using StaticCatalog.Catalog;

namespace StaticCatalog.Posts;

/// <summary>The front matter of one post after validation. Keys the build does not know are kept in <see cref="Extra"/>.</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }

    /// <summary>Null when the front matter has no date (the file name may still give one).</summary>
    public DateTimeOffset? Date { get; init; }

    public string? Author { get; init; }

    public string? ExternalUrl { get; init; }

    public string? FeedName { get; init; }

    public string? PrimarySection { get; init; }

    public string? Slug { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> SectionNames { get; init; } = [];

    /// <summary>The <c>services:</c> list (checked against the taxonomy): authoritative when present, null when absent.</summary>
    public IReadOnlyList<string>? Services { get; init; }

    /// <summary>The <c>kind:</c> value (checked against the post kinds' ids): overrides the classifier; null when absent.</summary>
    public PostKind? Kind { get; init; }

    /// <summary>Features and limits written by hand in a <c>catalog:</c> block.</summary>
    public CuratedCatalog Catalog { get; init; } = CuratedCatalog.Empty;

    /// <summary>Unknown keys in file order; values are strings, lists and string-keyed maps of those.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Extra { get; init; } = [];
}
