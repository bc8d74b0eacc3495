namespace StaticCatalog.Catalog;

/// <summary>
/// A unit as it is written after a number, and how to bring it to its base unit
/// (bit/s, packet/s, byte, s, operation/s, token, percent, m, Hz or count).
/// </summary>
/// <param name="Written">The spellings, as a regular-expression alternation.</param>
/// <param name="Symbol">The unit shown next to the value (Gbps, TB, ms).</param>
/// <param name="BaseUnit">The base unit of the normalized value.</param>
/// <param name="Factor">What one of this unit is in the base unit.</param>
/// <param name="Metric">What a figure in this unit measures when the sentence does not say.</param>
public sealed record UnitDefinition(string Written, string Symbol, string BaseUnit, decimal Factor, string Metric);
