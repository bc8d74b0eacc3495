using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace StaticCatalog.Pipeline;

/// <summary>
/// Equality by value all the way down, as a page or a template would see two values: strings ordinally, times with
/// their offsets, decimals with their scale (<c>1.50</c> is not <c>1.5</c>), lists and dictionaries item by item, and
/// our own types (records, views, whose lists compare by reference) by their public properties and fields. Used to
/// tell an edit that changes only a post's body (<see cref="BodyEdit"/>) and a page whose views are what they were
/// when it was last drawn (<see cref="RenderedPageMemo"/>).
/// </summary>
public static class ValueEquality
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Members = new();

    public static bool Same(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.GetType() != b.GetType())
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
        if (type.IsPrimitive || type.IsEnum || !IsOurs(type))
        {
            return a.Equals(b);
        }

        foreach (var member in Members.GetOrAdd(type, MembersOf))
        {
            if (!Same(member(a), member(b)))
            {
                return false;
            }
        }

        return true;
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

            if (!Same(left.Current, right.Current))
            {
                return false;
            }
        }
    }

    /// <summary>Our own types (catalog records, views and the like) and pairs such as <see cref="KeyValuePair{TKey,TValue}"/>: compared by their members.</summary>
    private static bool IsOurs(Type type) =>
        type.Namespace?.StartsWith("StaticCatalog", StringComparison.Ordinal) == true
        || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));

    private static Func<object, object?>[] MembersOf(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
            .Select(p => (Func<object, object?>)p.GetValue),
        .. type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (Func<object, object?>)f.GetValue),
    ];
}
