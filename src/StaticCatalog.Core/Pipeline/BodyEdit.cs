using System.Reflection;
using StaticCatalog.Posts;

namespace StaticCatalog.Pipeline;

/// <summary>
/// Tells an edit that changed only what a post's own page (and the site feed, which carries whole posts) shows from
/// one that changed what lists, feeds, the catalog or the search index show of it, which means rendering everything.
/// Every property of <see cref="Post"/> counts, compared by value all the way down, except the declared
/// <see cref="BodyOnly"/> ones: a property added to <see cref="Post"/> makes edits to it rebuild the whole site
/// until it is declared body-only.
/// </summary>
public static class BodyEdit
{
    /// <summary>The properties of <see cref="Post"/> that only its own page and the site feed show.</summary>
    public static IReadOnlySet<string> BodyOnly { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(Post.ContentHtml),
        nameof(Post.Extra),
    };

    /// <summary>The properties of <see cref="Post"/> an edit must leave alone to be body-only.</summary>
    public static IReadOnlyList<PropertyInfo> Compared { get; } =
        typeof(Post).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => !BodyOnly.Contains(p.Name)).ToArray();

    public static bool IsBodyOnly(Post before, Post after) =>
        Compared.All(property => ValueEquality.Same(property.GetValue(before), property.GetValue(after)));
}
