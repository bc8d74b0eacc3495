namespace StaticCatalog.Catalog.Kinds;

/// <summary>
/// Per post kind, what the catalog extractor takes from a post: one line per kind. The values are measured on the dev
/// half of the labelled set (docs/catalog.md, "Post kinds"): labelled tutorials, opinions and case studies still carry
/// features and limits, so every kind yields both until a measured change earns its place here.
/// </summary>
public static class PostKindPolicies
{
    private static readonly PostKindPolicy[] Policies =
    [
        new(PostKind.Announcement, YieldsFeatures: true, YieldsLimits: true),
        new(PostKind.Roundup, YieldsFeatures: true, YieldsLimits: true),
        new(PostKind.ReleaseNotes, YieldsFeatures: true, YieldsLimits: true),
        new(PostKind.Event, YieldsFeatures: true, YieldsLimits: true),
        new(PostKind.Tutorial, YieldsFeatures: true, YieldsLimits: true),
        new(PostKind.Opinion, YieldsFeatures: true, YieldsLimits: true),
        new(PostKind.CaseStudy, YieldsFeatures: true, YieldsLimits: true),
        new(PostKind.VideoSummary, YieldsFeatures: true, YieldsLimits: true),
        new(PostKind.Other, YieldsFeatures: true, YieldsLimits: true),
    ];

    public static IReadOnlyList<PostKindPolicy> All => Policies;

    public static PostKindPolicy For(PostKind kind) => Policies.First(p => p.Kind == kind);
}
