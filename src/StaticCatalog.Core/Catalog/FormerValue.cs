namespace StaticCatalog.Catalog;

/// <summary>
/// The value a sentence says a limit had before it changed: "raised from 1,000 to 5,000" gives the limit 5,000 and
/// this 1,000. Stated in the limit's unit family (its base unit is the limit's).
/// </summary>
/// <param name="Value">The number as stated, with "million"/"K" applied.</param>
/// <param name="Unit">The unit as shown (the limit's when the sentence gives the old value none: "from 7 to 35 days").</param>
/// <param name="Normalized">The value in the limit's base unit.</param>
public sealed record FormerValue(decimal Value, string Unit, decimal Normalized);
