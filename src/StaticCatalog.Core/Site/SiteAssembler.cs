using StaticCatalog.Catalog;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Posts;
using StaticCatalog.Urls;

namespace StaticCatalog.Site;

/// <summary>
/// The assemble stage: orders posts (newest first), gives each a unique URL, groups them by tag,
/// section and feed, and assembles the catalog of the placed posts (<see cref="CatalogAssembler"/>). Names that
/// slugify alike ("GitHub Copilot", "Github Copilot") are one term, shown with the spelling most posts use.
/// </summary>
public static class SiteAssembler
{
    public static SiteModel Assemble(IReadOnlyList<Post> posts, SiteConfig config, SiteUrl url, ServiceTaxonomy taxonomy, DiagnosticBag diagnostics)
    {
        var ordered = posts
            .OrderByDescending(p => p.Date.UtcDateTime)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ThenBy(p => p.RelativePath, StringComparer.Ordinal)
            .ToList();

        var paths = AssignPaths(posts, diagnostics);
        var slugs = new TermSlugs();
        var tagIndex = BuildIndex(TermKind.Tag, SitePaths.Tags, ordered, p => p.Tags, slugs);
        var sectionIndex = BuildIndex(TermKind.Section, SitePaths.Sections, ordered, p => p.SectionNames, slugs);
        foreach (var (section, title) in config.SectionTitles)
        {
            if (sectionIndex.TryGetValue(slugs.Of(section), out var bucket))
            {
                sectionIndex[bucket.Slug] = bucket with { FixedName = title };
            }
        }

        var feedIndex = BuildIndex(TermKind.Feed, SitePaths.Feeds, ordered, p => p.FeedName is null ? [] : [p.FeedName], slugs);
        var tagRefs = RefsOf(tagIndex);
        var sectionRefs = RefsOf(sectionIndex);
        var feedRefs = RefsOf(feedIndex);

        var sitePosts = ordered
            .Select(post => new SitePost(post, paths[post])
            {
                Tags = Refs(tagRefs, post.Tags, slugs),
                Sections = Refs(sectionRefs, post.SectionNames, slugs),
                Feed = post.FeedName is null ? null : Refs(feedRefs, [post.FeedName], slugs).FirstOrDefault(),
            })
            .ToList();
        var byPost = sitePosts.ToDictionary<SitePost, Post, SitePost>(p => p.Post, p => p, ReferenceEqualityComparer.Instance);

        var catalog = CatalogAssembler.Assemble(sitePosts, taxonomy);
        return new SiteModel(
            config,
            url,
            sitePosts,
            Terms(tagIndex, byPost),
            Terms(sectionIndex, byPost),
            Terms(feedIndex, byPost),
            new CatalogVisibility(config.CatalogMinConfidence).Shown(catalog))
        {
            FullCatalog = catalog,
        };
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

    private static Dictionary<string, TermBucket> BuildIndex(TermKind kind, string folder, IReadOnlyList<Post> ordered, Func<Post, IReadOnlyList<string>> namesOf, TermSlugs slugs)
    {
        var index = new Dictionary<string, TermBucket>(StringComparer.Ordinal);
        foreach (var post in ordered)
        {
            var seenInPost = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in namesOf(post))
            {
                var slug = slugs.Of(name);
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

    /// <summary>Each term's reference (its chosen name and path) by slug, made once and shared by its posts.</summary>
    private static Dictionary<string, TermRef> RefsOf(Dictionary<string, TermBucket> index) =>
        index.Values.ToDictionary(b => b.Slug, b => new TermRef(b.Name, b.SitePath), StringComparer.Ordinal);

    private static IReadOnlyList<TermRef> Refs(Dictionary<string, TermRef> refsBySlug, IReadOnlyList<string> names, TermSlugs slugs)
    {
        var refs = new List<TermRef>(names.Count);
        foreach (var name in names)
        {
            if (refsBySlug.GetValueOrDefault(slugs.Of(name)) is { } termRef && !refs.Contains(termRef))
            {
                refs.Add(termRef);
            }
        }

        return refs;
    }

    private static IReadOnlyList<Term> Terms(Dictionary<string, TermBucket> index, Dictionary<Post, SitePost> byPost) =>
        index.Values
            .OrderBy(b => b.Slug, StringComparer.Ordinal)
            .Select(b => new Term(b.Kind, b.Name, b.Slug, b.SitePath, b.Posts.Select(p => byPost[p]).ToList()))
            .ToList();
}
