using System.Reflection;
using StaticCatalog.Catalog;
using StaticCatalog.Pipeline;
using StaticCatalog.Posts;

namespace StaticCatalog.Tests.Pipeline;

/// <summary>
/// What <c>serve</c> counts as a body-only edit (only the post's page and the site feed are rendered again). Any
/// other edit must render the whole site, or lists, feeds, the catalog and the search index would go stale.
/// </summary>
[Trait("Category", "Unit")]
public sealed class BodyEditTests
{
    private static readonly DateTimeOffset Date = new(2025, 2, 11, 10, 0, 0, TimeSpan.Zero);

    private static Post Post() => new()
    {
        SourcePath = "seeds/2025-02-11-storage.md",
        RelativePath = "2025-02-11-storage.md",
        Title = "Blob storage news",
        Date = Date,
        Author = "Test Author",
        ExternalUrl = "https://example.com/storage",
        FeedName = "Test Feed",
        PrimarySection = "Cloud",
        Tags = ["Networking", "Storage"],
        SectionNames = ["Cloud"],
        Extra = [new("color", "blue")],
        Slug = "blob-storage-news",
        LongSlug = "blob-storage-news",
        ContentHtml = "<p>Accounts now hold up to 5 PiB.</p>",
        ExcerptHtml = "<p>Accounts now hold up to 5 PiB.</p>",
        ExcerptText = "Accounts now hold up to 5 PiB.",
        Catalog = new PostCatalog(
            ["storage"],
            [new CatalogFeature("Larger accounts", ReleaseStatus.Ga, ["storage"], "larger", "Accounts now hold up to 5 PiB.", false)],
            [Limit(5m)]),
    };

    private static CatalogLimit Limit(decimal value) =>
        new("storage", "Larger accounts", "account", "capacity", value, "PiB", value * 1024, "TiB", null, null, "up to 5 PiB", false);

    /// <summary>
    /// A property added to <see cref="Posts.Post"/> (say one a list shows) must make an edit to it a whole-site
    /// rebuild. The test changes each property in turn; a property of a type it cannot change fails it by name.
    /// </summary>
    [Fact]
    public void Changing_any_property_outside_the_body_only_set_is_not_a_body_edit()
    {
        var properties = typeof(Post).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => !BodyEdit.BodyOnly.Contains(p.Name)).ToList();
        Assert.NotEmpty(properties);
        foreach (var property in properties)
        {
            var edited = With(Post(), property, Changed(property));
            Assert.False(BodyEdit.IsBodyOnly(Post(), edited), $"an edit of Post.{property.Name} counted as body-only: lists and feeds would show the old value");
        }
    }

    [Fact]
    public void Changing_a_body_only_property_is_a_body_edit()
    {
        Assert.Equal(["ContentHtml", "Extra"], BodyEdit.BodyOnly.Order(StringComparer.Ordinal));
        foreach (var name in BodyEdit.BodyOnly)
        {
            var property = typeof(Post).GetProperty(name)!;
            Assert.True(BodyEdit.IsBodyOnly(Post(), With(Post(), property, Changed(property))), $"an edit of Post.{name} should render only the post's page");
        }
    }

    [Fact]
    public void A_post_parsed_again_with_the_same_text_is_a_body_edit()
    {
        // Every list and record is a new instance with equal contents, as when a file is parsed again.
        Assert.True(BodyEdit.IsBodyOnly(Post(), Post()));
    }

    [Fact]
    public void The_catalog_is_compared_down_to_each_feature_and_limit()
    {
        var post = Post();
        var feature = post.Catalog.Features[0];
        Post WithCatalog(PostCatalog catalog) => post with { Catalog = catalog };

        Assert.False(BodyEdit.IsBodyOnly(post, WithCatalog(post.Catalog with { Features = [feature with { Services = ["storage", "networking"] }] })));
        Assert.False(BodyEdit.IsBodyOnly(post, WithCatalog(post.Catalog with { Features = [feature with { Status = ReleaseStatus.Preview }] })));
        Assert.False(BodyEdit.IsBodyOnly(post, WithCatalog(post.Catalog with { Features = [feature with { Date = Date }] })));
        Assert.False(BodyEdit.IsBodyOnly(post, WithCatalog(post.Catalog with { Limits = [Limit(6m)] })));
        Assert.False(BodyEdit.IsBodyOnly(post, WithCatalog(post.Catalog with { Limits = [Limit(5.0m)] })), "5.0 PiB is shown unlike 5 PiB");
    }

    [Fact]
    public void The_same_time_at_another_offset_is_not_a_body_edit()
    {
        var post = Post();
        Assert.False(BodyEdit.IsBodyOnly(post, post with { Date = post.Date.ToOffset(TimeSpan.FromHours(2)) }));
    }

    private static Post With(Post post, PropertyInfo property, object? value)
    {
        var copy = post with { };
        property.SetValue(copy, value);
        return copy;
    }

    /// <summary>A value of the property's type unlike <see cref="Post()"/>'s.</summary>
    private static object? Changed(PropertyInfo property)
    {
        var current = property.GetValue(Post());
        var type = property.PropertyType;
        if (type == typeof(string))
        {
            return current + " (edited)";
        }

        if (type == typeof(DateTimeOffset))
        {
            return ((DateTimeOffset)current!).AddDays(1);
        }

        if (type == typeof(IReadOnlyList<string>))
        {
            return ((IReadOnlyList<string>)current!).Append("Edited").ToList();
        }

        if (type == typeof(IReadOnlyList<KeyValuePair<string, object?>>))
        {
            return ((IReadOnlyList<KeyValuePair<string, object?>>)current!).Append(new("edited", "yes")).ToList();
        }

        if (type == typeof(PostCatalog))
        {
            return ((PostCatalog)current!) with { Services = ["storage", "networking"] };
        }

        Assert.Fail($"Post.{property.Name} is a {type.Name}, which this test cannot change yet: teach Changed(...) a value of that type, and declare the property in BodyEdit.BodyOnly only if nothing but the post's own page shows it");
        return null;
    }
}
