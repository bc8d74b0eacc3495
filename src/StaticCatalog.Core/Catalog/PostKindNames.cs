namespace StaticCatalog.Catalog;

/// <summary>The names post kinds have in catalog.json, URLs and CSS classes (the labelling guide's values), and their labels on pages.</summary>
public static class PostKindNames
{
    private static readonly (PostKind Kind, string Id, string Label)[] Names =
    [
        (PostKind.Announcement, "announcement", "Announcement"),
        (PostKind.Roundup, "roundup", "Roundup"),
        (PostKind.ReleaseNotes, "release-notes", "Release notes"),
        (PostKind.Event, "event", "Event"),
        (PostKind.Tutorial, "tutorial", "Tutorial"),
        (PostKind.Opinion, "opinion", "Opinion"),
        (PostKind.CaseStudy, "case-study", "Case study"),
        (PostKind.VideoSummary, "video-summary", "Video summary"),
        (PostKind.Other, "other", "Other"),
    ];

    /// <summary>Every kind, in the order pages list them.</summary>
    public static IReadOnlyList<PostKind> All { get; } = Names.Select(n => n.Kind).ToList();

    public static string Id(PostKind kind) => Names.First(n => n.Kind == kind).Id;

    public static string Label(PostKind kind) => Names.First(n => n.Kind == kind).Label;

    public static bool TryParse(string? text, out PostKind kind)
    {
        var id = text?.Trim().ToLowerInvariant();
        foreach (var name in Names)
        {
            if (name.Id == id)
            {
                kind = name.Kind;
                return true;
            }
        }

        kind = PostKind.Other;
        return false;
    }
}
