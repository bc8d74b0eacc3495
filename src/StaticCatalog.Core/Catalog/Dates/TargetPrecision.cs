namespace StaticCatalog.Catalog.Dates;

/// <summary>How wide a <see cref="TargetDate"/>'s period is.</summary>
public enum TargetPrecision
{
    Day,
    Month,
    Quarter,
    Half,
    Year,
}
