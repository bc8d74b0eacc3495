using StaticCatalog.Catalog.Review;

namespace StaticCatalog.Reviewing;

/// <summary>A seed as <c>staticcatalog review</c> reads it: what the extractor found in it and what its review file decided.</summary>
/// <param name="SeedPath">The seed's full path.</param>
/// <param name="DisplayPath">The seed as diagnostics and the listing name it.</param>
/// <param name="Title">The post's title.</param>
/// <param name="Items">Every extracted feature, then every extracted limit, in the extractor's order.</param>
/// <param name="Review">The decisions of its review file (empty when it has none).</param>
public sealed record ReviewPost(string SeedPath, string DisplayPath, string Title, IReadOnlyList<ReviewItem> Items, ReviewFile Review)
{
    /// <summary>The review file's full path (it may not exist yet).</summary>
    public string ReviewPath => ReviewFile.PathFor(SeedPath);

    /// <summary>Decisions about an item the extractor no longer finds: accepted and corrected ones still stand as written; rejections remove nothing.</summary>
    public IReadOnlyList<ReviewDecision> Unmatched =>
        Review.Decisions.Where(d => !Items.Any(i => ReferenceEquals(i.Decision, d))).ToList();

    /// <summary>The item with this id ("f3", "l1") or label, or null.</summary>
    public ReviewItem? Find(string idOrLabel) =>
        Items.FirstOrDefault(i => string.Equals(i.Id, idOrLabel, StringComparison.OrdinalIgnoreCase))
        ?? Items.FirstOrDefault(i => ReviewLabels.Same(i.Label, idOrLabel));
}
