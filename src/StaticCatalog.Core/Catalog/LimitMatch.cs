namespace StaticCatalog.Catalog;

/// <summary>A figure found in a sentence, before it is given a subject.</summary>
/// <param name="Value">The number as stated, with "million"/"K"/"M" applied (10 million is 10000000).</param>
/// <param name="Unit">The unit as shown (Gbps, TB, ms, count).</param>
/// <param name="Normalized">The value in the base unit, so figures of one kind sort together.</param>
/// <param name="BaseUnit">bit/s, packet/s, byte, s, operation/s, token, percent, m, Hz or count.</param>
/// <param name="Metric">What it measures (throughput, private endpoints per VNet).</param>
/// <param name="Qualifier">"up to", "+", "per TCP flow", "total across 4 tunnels", joined by commas; null when none.</param>
/// <param name="Text">The words of the figure as written.</param>
/// <param name="Index">Where the figure starts in the sentence.</param>
public sealed record LimitMatch(
    decimal Value,
    string Unit,
    decimal Normalized,
    string BaseUnit,
    string Metric,
    string? Qualifier,
    string Text,
    int Index)
{
    /// <summary>True when the words state a bound: a qualifier (up to, maximum, +, per ...) or "supports", "limit", "capacity" before it.</summary>
    public bool Bounded { get; init; }

    /// <summary>The value it had before, when the sentence says it changed ("from 1,000 to 5,000"); else null.</summary>
    public FormerValue? Former { get; init; }
}
