using StaticCatalog.Posts;

namespace StaticCatalog.Pipeline;

/// <summary>
/// Tells an edit that changed only what a post's own page shows (its body and extra front matter) from one that
/// changed what lists, feeds, the catalog or the search index show of it, which means rendering everything.
/// </summary>
public static class BodyEdit
{
    public static bool IsBodyOnly(Post before, Post after) =>
        before.SourcePath == after.SourcePath
        && before.RelativePath == after.RelativePath
        && before.Title == after.Title
        && before.Date == after.Date
        && before.Date.Offset == after.Date.Offset
        && before.Author == after.Author
        && before.ExternalUrl == after.ExternalUrl
        && before.FeedName == after.FeedName
        && before.PrimarySection == after.PrimarySection
        && before.Slug == after.Slug
        && before.LongSlug == after.LongSlug
        && before.ExcerptHtml == after.ExcerptHtml
        && before.ExcerptText == after.ExcerptText
        && before.Tags.SequenceEqual(after.Tags, StringComparer.Ordinal)
        && before.SectionNames.SequenceEqual(after.SectionNames, StringComparer.Ordinal)
        && SameCatalog(before, after);

    private static bool SameCatalog(Post before, Post after)
    {
        var (a, b) = (before.Catalog, after.Catalog);
        return a.Services.SequenceEqual(b.Services, StringComparer.Ordinal)
               && a.Limits.SequenceEqual(b.Limits)
               && a.Features.Count == b.Features.Count
               && a.Features.Zip(b.Features).All(pair =>
                   pair.First with { Services = Array.Empty<string>() } == pair.Second with { Services = Array.Empty<string>() }
                   && pair.First.Services.SequenceEqual(pair.Second.Services, StringComparer.Ordinal));
    }
}
