using System.Collections;
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
        Compared.All(property => SameValue(property.GetValue(before), property.GetValue(after)));

    /// <summary>
    /// Equal as a page would show them: strings ordinally, times with their offsets, decimals with their scale
    /// (<c>1.50</c> is not <c>1.5</c>), lists item by item, and records (whose lists compare by reference) property by property.
    /// </summary>
    private static bool SameValue(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.GetType() != b.GetType())
        {
            return false;
        }

        switch (a)
        {
            case string text:
                return string.Equals(text, (string)b, StringComparison.Ordinal);
            case DateTimeOffset time:
                return time.EqualsExact((DateTimeOffset)b);
            case decimal number:
                return decimal.GetBits(number).AsSpan().SequenceEqual(decimal.GetBits((decimal)b));
            case IEnumerable items:
                return SameItems(items, (IEnumerable)b);
        }

        var type = a.GetType();
        if (type.IsPrimitive || type.IsEnum || !IsOurRecord(type))
        {
            return a.Equals(b);
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .All(p => SameValue(p.GetValue(a), p.GetValue(b)));
    }

    private static bool SameItems(IEnumerable a, IEnumerable b)
    {
        var left = a.GetEnumerator();
        var right = b.GetEnumerator();
        while (true)
        {
            var (more, moreRight) = (left.MoveNext(), right.MoveNext());
            if (more != moreRight)
            {
                return false;
            }

            if (!more)
            {
                return true;
            }

            if (!SameValue(left.Current, right.Current))
            {
                return false;
            }
        }
    }

    /// <summary>Our own types (catalog records and the like) and pairs such as <see cref="KeyValuePair{TKey,TValue}"/>: compared by their properties.</summary>
    private static bool IsOurRecord(Type type) =>
        type.Namespace?.StartsWith("StaticCatalog", StringComparison.Ordinal) == true
        || type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>);
}
