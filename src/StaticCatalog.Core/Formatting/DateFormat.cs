using System.Globalization;

namespace StaticCatalog.Formatting;

/// <summary>How dates are written everywhere in the site: pages, feeds, the sitemap, <c>catalog.json</c>. Invariant, never the machine's.</summary>
public static class DateFormat
{
    /// <summary>ISO 8601 with the offset: <c>2024-05-01T09:30:00+00:00</c> (<c>datetime</c> attributes, Atom, sitemap <c>lastmod</c>).</summary>
    public static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>For reading: <c>1 May 2024</c>.</summary>
    public static string Display(DateTimeOffset date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The day alone, <c>2024-05-01</c>, for date-range filters.</summary>
    public static string Day(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day without a time (a target date, the report's day): <c>2024-05-01</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A day without a time, for reading: <c>1 May 2024</c>.</summary>
    public static string Display(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
