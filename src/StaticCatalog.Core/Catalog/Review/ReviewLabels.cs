using System.Globalization;

namespace StaticCatalog.Catalog.Review;

/// <summary>
/// How a review names an extracted item, in the listing and in the review file: a feature by its name, a limit by
/// its value, unit (none for a count), metric and subject ("100 Gbps throughput of NAT Gateway V2", "5000 private endpoints per VNet"). Two labels are the same item when
/// they are equal ignoring case and runs of white space.
/// </summary>
public static class ReviewLabels
{
    public static string Of(CatalogFeature feature) => Collapse(feature.Name);

    public static string Of(CatalogLimit limit)
    {
        var value = limit.Value.ToString("G29", CultureInfo.InvariantCulture);
        var figure = limit.Unit == Units.Count ? $"{value} {limit.Metric}" : $"{value} {limit.Unit} {limit.Metric}";
        return Collapse(string.Equals(limit.Subject, limit.Metric, StringComparison.OrdinalIgnoreCase) ? figure : $"{figure} of {limit.Subject}");
    }

    public static bool Same(string a, string b) => string.Equals(Collapse(a), Collapse(b), StringComparison.OrdinalIgnoreCase);

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
