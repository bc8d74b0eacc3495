namespace StaticCatalog.Catalog.Kinds;

/// <summary>Where a post comes from, for its kind: what the extractor knows of it besides its title, tags and body.</summary>
/// <param name="FeedName">The front matter's <c>feed_name</c>, or null.</param>
/// <param name="Folder">The source folder below the seeds folder (news, blogs, community, videos, roundups), or null.</param>
/// <param name="SectionNames">The front matter's <c>section_names</c>.</param>
/// <param name="DeclaredKind">The front matter's <c>kind:</c> (already checked), which overrides the classifier; or null.</param>
public sealed record PostOrigin(string? FeedName, string? Folder, IReadOnlyList<string> SectionNames, PostKind? DeclaredKind)
{
    public static PostOrigin None { get; } = new(null, null, [], null);

    /// <summary>The first folder of a path below the seeds folder ("news/x.md" is in "news"), or null for a file at the top.</summary>
    public static string? FolderOf(string relativePath) =>
        relativePath.IndexOf('/') is var slash and > 0 ? relativePath[..slash] : null;

    /// <summary>The feed name and folder as one text, for the cues of <see cref="PostKindCueField.Feed"/>.</summary>
    public string Feed => string.Join(' ', new[] { FeedName, Folder }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
