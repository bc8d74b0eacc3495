namespace StaticCatalog.Catalog;

/// <summary>What a post mainly is, with the labelling guide's values. Each kind has its own extraction policy.</summary>
public enum PostKind
{
    Other,
    Announcement,
    Roundup,
    ReleaseNotes,
    Event,
    Tutorial,
    Opinion,
    CaseStudy,
    VideoSummary,
}
