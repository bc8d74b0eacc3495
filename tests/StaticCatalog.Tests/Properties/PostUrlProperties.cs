using CsCheck;
using StaticCatalog.Catalog;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Posts;
using StaticCatalog.Site;
using StaticCatalog.Sources;
using StaticCatalog.Urls;

namespace StaticCatalog.Tests.Properties;

/// <summary>
/// Post URLs as the parser chooses slugs and the assembler makes them unique: every post of a month gets its
/// own URL, whose last segment is a safe, bounded, non-reserved slug, even when titles slugify alike, are
/// cut to the same words, or have no slug at all (then the file name's, else "post").
/// </summary>
[Trait("Category", "Unit")]
public sealed class PostUrlProperties
{
    /// <summary>Cases; each assembles up to 30 posts.</summary>
    private const int Cases = 1_000;

    private static readonly DateTimeOffset Date = new(2025, 12, 1, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_post_gets_a_unique_url_with_a_safe_bounded_slug() =>
        Gen.Select(Gen.Frequency((3, HostileNames.Name), (1, HostileNames.LongTitle), (1, Gen.OneOf("CON", "nul.txt", "page", "..", "!!!"))), Gen.Bool)
            .Array[1, 30]
            .Sample(titles =>
            {
                var posts = titles.Select((t, i) => MakePost(t.Item1, i, t.Item2)).ToList();
                var site = SiteAssembler.Assemble(posts, new SiteConfig(), SiteUrl.Root, ServiceTaxonomy.Empty, new DiagnosticBag());

                Assert.Equal(posts.Count, site.Posts.Select(p => p.SitePath).Distinct(StringComparer.OrdinalIgnoreCase).Count());
                foreach (var post in site.Posts)
                {
                    var slug = post.SitePath["posts/2025/12/".Length..^1];
                    SlugifierProperties.AssertSafe(slug, post.Post.Title);
                    Assert.NotEmpty(slug);
                    Assert.False(SitePaths.IsReservedSegment(slug), $"'{slug}' is reserved");
                    Assert.True(Slugifier.Length(slug) <= SitePaths.MaxLongPostSlugLength + 4, $"'{slug}' is too long");
                }
            }, iter: Cases);

    /// <summary>A post as the parser would make it from this title; odd-numbered files have a name with no slug ("_.md").</summary>
    private static Post MakePost(string title, int index, bool namedFile)
    {
        var relativePath = namedFile ? $"posts/{index:D3}-{title.Length}.md" : $"posts/{index:D3}/_.md";
        var source = new SourceFile("seeds/" + relativePath, relativePath, string.Empty);
        var frontMatter = new FrontMatter { Title = title };
        return new Post
        {
            SourcePath = source.DisplayPath,
            RelativePath = relativePath,
            Title = title,
            Date = Date,
            Slug = PostParser.ChooseSlug(frontMatter, source, SitePaths.MaxPostSlugLength),
            LongSlug = PostParser.ChooseSlug(frontMatter, source, SitePaths.MaxLongPostSlugLength),
            ContentHtml = string.Empty,
            ExcerptHtml = string.Empty,
            ExcerptText = string.Empty,
        };
    }
}
