using CsCheck;

namespace StaticCatalog.Tests.Properties;

/// <summary>Generators of sentences that mix numbers of every shape, units, multipliers and the words around limits.</summary>
public static class LimitSentences
{
    private static readonly string[] Numbers =
    [
        "1,000", "1.5", "10e99", "79228162514264337593543950335", "79228162514264337593543950336", "99999999999999999999999999999999", "-5", "0", "0.0", "0.000000000000000000000000001",
        "0.1", "100", "2,500,000", "1,000,000,000,000,000,000,000", "7", "3.14159265358979323846264338327950288", "1.", ".5", "1,00", "12,345.678", "00012", "9999999999999999999999999999",
    ];

    private static readonly string[] Units =
    [
        "Gbps", "Mbps", "Tbps", "Pbps", "TB", "GiB", "PiB", "KB", "ms", "ns", "µs", "%", "percent", "million", "billion", "trillion", "thousand", "K", "M", "B", "per second",
        "Gbps per flow", "GB/s", "IOPS", "requests per second", "tokens", "tokens per second", "seconds", "days", "years", "miles", "km", "GHz", "MW", "private endpoints", "VNets", "regions",
        "G", "",
    ];

    private static readonly string[] Words =
    [
        "up to", "supports", "maximum", "at most", "more than", "at least", "over", "<", ">=", "SLA", "availability", "retention", "limit", "capacity", "throughput", "latency", "of",
        "per VNet", "per TCP flow", "total across 4 tunnels", "from", "to", "by", "lower", "faster", "Azure", "NAT Gateway", "the", "and", "with", ",", ".", ";", "(", ")", "+", "-", "$", "e.g.",
        "context window", "benchmark", "ago", "storage", "Gen2", "V2", "GPT-4.1", "日本語", "Привет",
    ];

    /// <summary>A number as it may be written: grouped, decimal, huge, tiny, negative, malformed.</summary>
    public static Gen<string> Number { get; } =
        Gen.Frequency(
            (3, Gen.OneOf(Numbers)),
            (1, Gen.Decimal.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            (1, Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>A unit, multiplier or counted thing as written after a number (or nothing).</summary>
    public static Gen<string> Unit { get; } = Gen.OneOf(Units);

    /// <summary>A number, maybe with a multiplier and a unit, as one phrase ("1,000 million Gbps").</summary>
    public static Gen<string> Figure { get; } =
        Gen.Select(
            Number,
            Gen.OneOf(" ", "", "-", "  "),
            Unit,
            Gen.OneOf("", "", " ", "+", " per second", " per VNet"),
            (number, space, unit, tail) => number + space + unit + tail);

    /// <summary>A sentence of words and figures.</summary>
    public static Gen<string> Sentence { get; } =
        Gen.Frequency((2, Gen.OneOf(Words)), (1, Figure))
            .Array[1, 14]
            .Select(parts => string.Join(' ', parts));
}
