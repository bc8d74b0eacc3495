using StaticCatalog.Catalog;

namespace StaticCatalog.Formatting;

/// <summary>How a catalog limit's value is written for readers.</summary>
public static class LimitFormat
{
    /// <summary>The value as stated, with its unit unless it is a plain count: <c>100 Gbps</c>, <c>5,000</c>.</summary>
    public static string Stated(CatalogLimit limit) =>
        limit.BaseUnit == Units.Count ? NumberFormat.Decimal(limit.Value) : $"{NumberFormat.Decimal(limit.Value)} {limit.Unit}";

    /// <summary>The normalized value with its base unit unless it is a plain count: <c>100,000,000,000 bit/s</c>.</summary>
    public static string Normalized(CatalogLimit limit) =>
        limit.BaseUnit == Units.Count ? NumberFormat.Decimal(limit.Normalized) : $"{NumberFormat.Decimal(limit.Normalized)} {limit.BaseUnit}";
}
