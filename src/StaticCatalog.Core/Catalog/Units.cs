namespace StaticCatalog.Catalog;

/// <summary>The units a limit can be stated in (base units: bit/s, packet/s, byte, s, operation/s, token, token/s, percent, m, Hz, W, FLOP/s, count). Sizes in KB/MB/GB/TB/PB are decimal, KiB/MiB/GiB/TiB/PiB binary; byte rates (GB/s, GiB/s) are throughputs and become bit/s (× 8), never sizes.</summary>
public static class Units
{
    public const string BitsPerSecond = "bit/s";
    public const string PacketsPerSecond = "packet/s";
    public const string Bytes = "byte";
    public const string Seconds = "s";
    public const string OperationsPerSecond = "operation/s";
    public const string Tokens = "token";
    public const string Percent = "percent";
    public const string Metres = "m";
    public const string Hertz = "Hz";
    public const string Watts = "W";
    public const string TokensPerSecond = "token/s";
    public const string FlopsPerSecond = "FLOP/s";
    public const string Count = "count";

    private const decimal Kibi = 1024m;

    /// <summary>The value without trailing zeros after the point (804672000.000 is 804672000), so JSON and pages print it plainly.</summary>
    public static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Every unit; a longer spelling comes before a shorter one it starts with.</summary>
    public static IReadOnlyList<UnitDefinition> All { get; } =
    [
        new(@"Pbps|Pb/s|Pbit/s|petabits per second", "Pbps", BitsPerSecond, 1e15m, "throughput"),
        new(@"Tbps|Tb/s|Tbit/s|terabits per second", "Tbps", BitsPerSecond, 1e12m, "throughput"),
        new(@"Gbps|Gb/s|Gbit/s|gigabits per second|Gigabit|gigabit", "Gbps", BitsPerSecond, 1e9m, "throughput"),
        new(@"Mbps|Mb/s|Mbit/s|megabits per second", "Mbps", BitsPerSecond, 1e6m, "throughput"),
        new(@"Kbps|kbps|Kb/s|kb/s|kilobits per second", "Kbps", BitsPerSecond, 1e3m, "throughput"),
        new(@"PB/s|PBps|petabytes per second", "PB/s", BitsPerSecond, 8e15m, "throughput"),
        new(@"TB/s|TBps|terabytes per second", "TB/s", BitsPerSecond, 8e12m, "throughput"),
        new(@"GB/s|GBps|gigabytes per second", "GB/s", BitsPerSecond, 8e9m, "throughput"),
        new(@"MB/s|MBps|megabytes per second", "MB/s", BitsPerSecond, 8e6m, "throughput"),
        new(@"KB/s|kB/s|KBps|kilobytes per second", "KB/s", BitsPerSecond, 8e3m, "throughput"),
        new(@"PiB/s|PiBps", "PiB/s", BitsPerSecond, 8m * Kibi * Kibi * Kibi * Kibi * Kibi, "throughput"),
        new(@"TiB/s|TiBps", "TiB/s", BitsPerSecond, 8m * Kibi * Kibi * Kibi * Kibi, "throughput"),
        new(@"GiB/s|GiBps", "GiB/s", BitsPerSecond, 8m * Kibi * Kibi * Kibi, "throughput"),
        new(@"MiB/s|MiBps", "MiB/s", BitsPerSecond, 8m * Kibi * Kibi, "throughput"),
        new(@"KiB/s|KiBps", "KiB/s", BitsPerSecond, 8m * Kibi, "throughput"),
        new(@"Mpps", "Mpps", PacketsPerSecond, 1e6m, "packets per second"),
        new(@"pps|packets per second|packets/s|packets/sec", "pps", PacketsPerSecond, 1m, "packets per second"),
        new(@"PiB", "PiB", Bytes, Kibi * Kibi * Kibi * Kibi * Kibi, "size"),
        new(@"TiB", "TiB", Bytes, Kibi * Kibi * Kibi * Kibi, "size"),
        new(@"GiB", "GiB", Bytes, Kibi * Kibi * Kibi, "size"),
        new(@"MiB", "MiB", Bytes, Kibi * Kibi, "size"),
        new(@"KiB", "KiB", Bytes, Kibi, "size"),
        new(@"PB|petabytes?", "PB", Bytes, 1e15m, "size"),
        new(@"TB|terabytes?", "TB", Bytes, 1e12m, "size"),
        new(@"GB|gigabytes?", "GB", Bytes, 1e9m, "size"),
        new(@"MB|megabytes?", "MB", Bytes, 1e6m, "size"),
        new(@"KB|kilobytes?", "KB", Bytes, 1e3m, "size"),
        new(@"IOPS", "IOPS", OperationsPerSecond, 1m, "IOPS"),
        new(@"requests per second|requests/s|requests/sec|RPS", "requests/s", OperationsPerSecond, 1m, "requests per second"),
        new(@"transactions per second|TPS", "transactions/s", OperationsPerSecond, 1m, "transactions per second"),
        new(@"queries per second|QPS", "queries/s", OperationsPerSecond, 1m, "queries per second"),
        new(@"operations per second|ops/s|ops/sec", "operations/s", OperationsPerSecond, 1m, "operations per second"),
        new(@"ns|nanoseconds?", "ns", Seconds, 1e-9m, "latency"),
        new(@"µs|μs|microseconds?", "µs", Seconds, 1e-6m, "latency"),
        new(@"ms|milliseconds?", "ms", Seconds, 1e-3m, "latency"),
        new(@"seconds?|secs?", "seconds", Seconds, 1m, "duration"),
        new(@"minutes?|mins?", "minutes", Seconds, 60m, "duration"),
        new(@"hours?|hrs?", "hours", Seconds, 3600m, "duration"),
        new(@"days?", "days", Seconds, 86400m, "duration"),
        new(@"weeks?", "weeks", Seconds, 604800m, "duration"),
        new(@"months?", "months", Seconds, 2592000m, "duration"),
        new(@"years?", "years", Seconds, 31536000m, "duration"),
        new(@"tokens? per second|[Tt]okens?/[Ss]ec(?:ond)?|tokens?/s", "tokens/s", TokensPerSecond, 1m, "tokens per second"),
        new(@"tokens?", "tokens", Tokens, 1m, "tokens"),
        new(@"context(?: windows?)?(?= |$|[,.;)])", "tokens", Tokens, 1m, "context window"),
        new(@"%|percent", "%", Percent, 1m, "SLA"),
        new(@"miles?", "miles", Metres, 1609.344m, "distance"),
        new(@"km|kilometers?|kilometres?", "km", Metres, 1000m, "distance"),
        new(@"GHz", "GHz", Hertz, 1e9m, "clock speed"),
        new(@"MHz", "MHz", Hertz, 1e6m, "clock speed"),
        new(@"exaFLOPS|exaflops|EFLOPS|exaFLOP/s", "exaFLOPS", FlopsPerSecond, 1e18m, "compute"),
        new(@"petaFLOPS|petaflops|PFLOPS|petaFLOP/s", "petaFLOPS", FlopsPerSecond, 1e15m, "compute"),
        new(@"teraFLOPS|teraflops|TFLOPS|teraFLOP/s", "teraFLOPS", FlopsPerSecond, 1e12m, "compute"),
        new(@"GW|gigawatts?", "GW", Watts, 1e9m, "power"),
        new(@"MW|megawatts?", "MW", Watts, 1e6m, "power"),
        new(@"kW|kilowatts?", "kW", Watts, 1e3m, "power"),
    ];

    /// <summary>
    /// The multipliers a number may carry ("10 million pps", "128K tokens", "5k"): a word is read in any case
    /// (written here in lower case), a letter only as written. <see cref="LimitFinder"/> reads them in posts, and
    /// the limits index's range fields in what a reader types.
    /// </summary>
    public static IReadOnlyList<(string Written, decimal Factor)> Multipliers { get; } =
    [
        ("thousand", 1e3m), ("million", 1e6m), ("billion", 1e9m), ("trillion", 1e12m),
        ("K", 1e3m), ("k", 1e3m), ("M", 1e6m), ("B", 1e9m),
    ];

    /// <summary>What the multiplier <paramref name="written"/> stands for (a word in any case, a letter as written); 1 for none.</summary>
    public static decimal Multiplier(string written)
    {
        var key = written.Length > 1 ? written.ToLowerInvariant() : written;
        foreach (var (word, factor) in Multipliers)
        {
            if (string.Equals(word, key, StringComparison.Ordinal))
            {
                return factor;
            }
        }

        return 1m;
    }

    /// <summary>Things counted per scope ("5,000 private endpoints per VNet"): plural nouns, longest first.</summary>
    public static IReadOnlyList<string> CountedThings { get; } =
    [
        "private endpoints", "endpoints", "cross-peered VNets", "VNets", "virtual networks", "peerings", "peered networks",
        "availability zones", "regions", "datacenters", "data centers", "edge locations", "points of presence", "PoPs", "sites",
        "node pools", "nodes", "pods", "vCPUs", "vCores", "cores", "GPUs", "CPUs", "instances", "replicas", "VMs",
        "rules", "connections", "concurrent connections", "tunnels", "subnets", "IP addresses", "public IPs", "IPs", "prefixes", "routes",
        "listeners", "backend pools", "pools", "backends", "origins", "partitions", "shards", "databases", "collections", "clusters",
        "concurrent sessions", "gateways", "hubs", "spokes", "namespaces", "queues", "topics", "certificates",
        "characters", "columns", "rows", "properties", "attachments",
        "accelerators", "transistors", "files", "applications",
    ];
}
