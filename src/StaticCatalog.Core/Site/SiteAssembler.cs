using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Posts;
using StaticCatalog.Urls;

namespace StaticCatalog.Site;

/// <summary>
/// The assemble stage: orders posts (newest first), gives each a unique URL, and groups them by tag,
/// section and feed. Names that slugify alike ("GitHub Copilot", "Github Copilot") are one term, shown
/// with the spelling most posts use.
/// </summary>
public static class SiteAssembler
{
    public static SiteModel Assemble(IReadOnlyList<Post> posts, SiteConfig config, SiteUrl url, DiagnosticBag diagnostics)
    {
        var ordered = posts
            .OrderByDescending(p => p.Date.UtcDateTime)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ThenBy(p => p.RelativePath, StringComparer.Ordinal)
            .ToList();

        var paths = AssignPaths(posts, diagnostics);
        var tagIndex = BuildIndex(TermKind.Tag, SitePaths.Tags, ordered, p => p.Tags);
        var sectionIndex = BuildIndex(TermKind.Section, SitePaths.Sections, ordered, p => p.SectionNames);
        foreach (var (section, title) in config.SectionTitles)
        {
            if (sectionIndex.TryGetValue(TermSlug(section), out var bucket))
            {
                sectionIndex[bucket.Slug] = bucket with { FixedName = title };
            }
        }

        var feedIndex = BuildIndex(TermKind.Feed, SitePaths.Feeds, ordered, p => p.FeedName is null ? [] : [p.FeedName]);

        var sitePosts = ordered
            .Select(post => new SitePost(post, paths[post])
            {
                Tags = Refs(tagIndex, post.Tags),
                Sections = Refs(sectionIndex, post.SectionNames),
                Feed = post.FeedName is null ? null : Refs(feedIndex, [post.FeedName]).FirstOrDefault(),
            })
            .ToList();
        var byPost = sitePosts.ToDictionary<SitePost, Post, SitePost>(p => p.Post, p => p, ReferenceEqualityComparer.Instance);

        return new SiteModel(
            config,
            url,
            sitePosts,
            Terms(tagIndex, byPost),
            Terms(sectionIndex, byPost),
            Terms(feedIndex, byPost));
    }

    /// <summary>
    /// Posts asking for the same path keep it in file-path order. A later post whose title was only cut
    /// to the same short slug gets its longer slug; a true duplicate gets <c>-2</c>, <c>-3</c>, ... and a
    /// warning. No post is lost and the result never depends on timing.
    /// </summary>
    private static Dictionary<Post, string> AssignPaths(IReadOnlyList<Post> posts, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<Post, string>(ReferenceEqualityComparer.Instance);
        var owners = new Dictionary<string, Post>(StringComparer.OrdinalIgnoreCase);
        var byPath = posts.OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToList();
        var waiting = new List<Post>();
        foreach (var post in byPath)
        {
            if (!owners.TryAdd(SitePaths.Post(post.Date, post.Slug), post))
            {
                waiting.Add(post);
                continue;
            }

            result[post] = SitePaths.Post(post.Date, post.Slug);
        }

        foreach (var post in waiting)
        {
            var wanted = SitePaths.Post(post.Date, post.Slug);
            var longer = SitePaths.Post(post.Date, post.LongSlug);
            if (owners.TryAdd(longer, post))
            {
                result[post] = longer;
                continue;
            }

            string candidate;
            var n = 2;
            do
            {
                candidate = SitePaths.Post(post.Date, $"{post.Slug}-{n++}");
            }
            while (!owners.TryAdd(candidate, post));

            result[post] = candidate;
            diagnostics.Add(Diagnostic.Warning(post.SourcePath, 1, 1, DiagnosticCodes.DuplicateUrl,
                $"/{wanted} is already the URL of {owners[wanted].SourcePath}; this post is at /{candidate}"));
        }

        return result;
    }

    private sealed record TermBucket(TermKind Kind, string Slug, string SitePath, Dictionary<string, int> Spellings, List<Post> Posts)
    {
        /// <summary>A name given in <c>site.yml</c>, which wins over every spelling in the posts.</summary>
        public string? FixedName { get; init; }

        public string Name => FixedName ?? Spellings
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .First().Key;
    }

    private static Dictionary<string, TermBucket> BuildIndex(TermKind kind, string folder, IReadOnlyList<Post> ordered, Func<Post, IReadOnlyList<string>> namesOf)
    {
        var index = new Dictionary<string, TermBucket>(StringComparer.Ordinal);
        foreach (var post in ordered)
        {
            var seenInPost = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in namesOf(post))
            {
                var slug = TermSlug(name);
                if (!index.TryGetValue(slug, out var bucket))
                {
                    bucket = new TermBucket(kind, slug, SitePaths.Term(folder, slug), new Dictionary<string, int>(StringComparer.Ordinal), []);
                    index[slug] = bucket;
                }

                bucket.Spellings[name] = bucket.Spellings.GetValueOrDefault(name) + 1;
                if (seenInPost.Add(slug))
                {
                    bucket.Posts.Add(post);
                }
            }
        }

        return index;
    }

    private static IReadOnlyList<TermRef> Refs(Dictionary<string, TermBucket> index, IReadOnlyList<string> names)
    {
        var refs = new List<TermRef>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (index.GetValueOrDefault(TermSlug(name)) is { } bucket && seen.Add(bucket.Slug))
            {
                refs.Add(new TermRef(bucket.Name, bucket.SitePath));
            }
        }

        return refs;
    }

    /// <summary>The name's slug; a name with no Latin letters or digits gets a stable hash-based one.</summary>
    private static string TermSlug(string name)
    {
        var slug = Slugifier.Slugify(name);
        if (slug.Length > 0)
        {
            return slug.Length > 80 ? Slugifier.SlugifyShort(slug, 80) : slug;
        }

        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name));
        return "term-" + Convert.ToHexStringLower(hash)[..8];
    }

    private static IReadOnlyList<Term> Terms(Dictionary<string, TermBucket> index, Dictionary<Post, SitePost> byPost) =>
        index.Values
            .OrderBy(b => b.Slug, StringComparer.Ordinal)
            .Select(b => new Term(b.Kind, b.Name, b.Slug, b.SitePath, b.Posts.Select(p => byPost[p]).ToList()))
            .ToList();
}
