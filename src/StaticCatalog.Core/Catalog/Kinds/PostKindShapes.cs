namespace StaticCatalog.Catalog.Kinds;

/// <summary>
/// Facts about a post's shape that speak for a kind, one rule per line (counts, where <see cref="PostKindCues"/> holds
/// words). To add one, add a line here and a test case in PostKindShapesTests that pins it.
/// </summary>
public static class PostKindShapes
{
    public static IReadOnlyList<PostKindShape> All { get; } =
    [
        new("two or more step-like headings", s => s.StepHeadings >= 2, PostKind.Tutorial, 3),
        new("two or more code blocks", s => s.CodeBlocks >= 2, PostKind.Tutorial, 2),
        new("a code block", s => s.CodeBlocks == 1, PostKind.Tutorial, 1),
        new("three or more version numbers", s => s.Versions >= 3, PostKind.ReleaseNotes, 2),
        new("four or more headlined announcements", s => s.StatusHeadings >= 4, PostKind.Roundup, 2.5),
        new("six or more bold-led product items across three or more sections", s => s.ProductLeads >= 6 && s.ProductLeadSections >= 3, PostKind.Roundup, 1),
        new("three or more first-person words", s => s.FirstPerson >= 3, PostKind.Opinion, 1.5),
        new("the title states a release status", s => s.TitleStatus, PostKind.Announcement, 2.5),
        // A video that states a status early shows a product launch, not a talk; in written posts the title and lead cues decide.
        new("a video whose opening states a release status", s => s.OpeningStatus && s.IsVideo, PostKind.Announcement, 1),
    ];
}
