namespace StaticCatalog.Catalog.Dates;

/// <summary>
/// A date or period a post gives for what is to come: when a planned feature is due ("later this year", "in Q3
/// 2026") or when a feature is retired ("on September 30, 2026").
/// </summary>
/// <param name="Date">The last day of the period (30 September 2026 for "Q3 2026"), so "passed" means the whole period has.</param>
/// <param name="Text">The words as the post writes them ("later this year").</param>
/// <param name="Precision">How wide the period is.</param>
public sealed record TargetDate(DateOnly Date, string Text, TargetPrecision Precision);
