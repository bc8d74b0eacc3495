using System.Globalization;

namespace StaticCatalog.Formatting;

/// <summary>How numbers are written for readers: invariant, with thousands separators.</summary>
public static class NumberFormat
{
    /// <summary>With thousands separators and no trailing zeros: 5,000 · 2.5 · 0.001.</summary>
    public static string Decimal(decimal value) => value.ToString("#,0.############", CultureInfo.InvariantCulture);

    /// <summary>A count with its noun: "1 post", "2 posts", "1,250 features".</summary>
    public static string Counted(int count, string singular) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {singular}{(count == 1 ? "" : "s")}");
}
