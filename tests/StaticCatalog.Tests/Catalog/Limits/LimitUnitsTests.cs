using StaticCatalog.Catalog;

namespace StaticCatalog.Tests.Catalog.Limits;

/// <summary>Units, spec lists and counts written as words (issue 16, patterns 4 and 7): each from a short sentence, with the labelling guide's value.</summary>
[Trait("Category", "Unit")]
public sealed class LimitUnitsTests
{
    [Theory]
    [InlineData("Reads at 2 GiB/s per volume.", 2, "GiB/s", "17179869184")]
    [InlineData("Writes reach 500 MiB/s.", 500, "MiB/s", "4194304000")]
    [InlineData("Up to 4 GB/s remote storage throughput.", 4, "GB/s", "32000000000")]
    [InlineData("The log rate is 12 MiB/s per vCore.", 12, "MiB/s", "100663296")]
    [InlineData("Memory at 7 TB/s bandwidth.", 7, "TB/s", "56000000000000")]
    public void A_byte_rate_is_a_throughput_not_a_size(string sentence, double value, string unit, string bitsPerSecond)
    {
        var limit = Assert.Single(LimitFinder.Find(sentence));

        Assert.Equal((decimal)value, limit.Value);
        Assert.Equal(unit, limit.Unit);
        Assert.Equal(Units.BitsPerSecond, limit.BaseUnit);
        Assert.Equal(decimal.Parse(bitsPerSecond, System.Globalization.CultureInfo.InvariantCulture), limit.Normalized);
    }

    [Fact]
    public void Every_byte_rate_unit_is_bits_per_second_and_every_size_unit_bytes()
    {
        Assert.All(Units.All.Where(u => u.Symbol.EndsWith("B/s", StringComparison.Ordinal)), u => Assert.Equal(Units.BitsPerSecond, u.BaseUnit));
        Assert.All(Units.All.Where(u => u.BaseUnit == Units.Bytes), u => Assert.DoesNotContain("/", u.Symbol, StringComparison.Ordinal));
        // A longer spelling comes before a shorter one it starts with: GiB/s before GiB, so "2 GiB/s" is never "2 GiB".
        var symbols = Units.All.Select(u => u.Symbol).ToList();
        Assert.True(symbols.IndexOf("GiB/s") < symbols.IndexOf("GiB"));
    }

    [Theory]
    [InlineData("Delivers 10+ petaFLOPS (FP4).", 10, "petaFLOPS", "10000000000000000")]
    [InlineData("Up to 1,440 PFLOPS of FP4 compute per rack.", 1440, "petaFLOPS", "1440000000000000000")]
    public void Compute_is_in_FLOP_per_second(string sentence, double value, string unit, string normalized)
    {
        var limit = Assert.Single(LimitFinder.Find(sentence));

        Assert.Equal((decimal)value, limit.Value);
        Assert.Equal((unit, Units.FlopsPerSecond), (limit.Unit, limit.BaseUnit));
        Assert.Equal(decimal.Parse(normalized, System.Globalization.CultureInfo.InvariantCulture), limit.Normalized);
    }

    [Theory]
    [InlineData("Up to 205k IOPS on local NVMe.", 205_000, "IOPS")]
    [InlineData("Supports dense clusters up to 6,144 accelerators.", 6144, "count")]
    [InlineData("Over 140 billion transistors per chip.", 140_000_000_000, "count")]
    [InlineData("Each rack holds up to 72 GPUs per rack.", 72, "count")]
    [InlineData("Sparse attention, 128K context.", 128_000, "tokens")]
    public void A_spec_list_figure_is_found(string sentence, double value, string unit)
    {
        var limit = Assert.Single(LimitFinder.Find(sentence));

        Assert.Equal(((decimal)value, unit), (limit.Value, limit.Unit));
    }

    [Fact]
    public void A_spec_list_yields_each_figure()
    {
        var limits = LimitFinder.Find("Up to 400K IOPS, 12 GB/s remote storage throughput, and up to 82 Gbps network bandwidth.");

        Assert.Equal([("IOPS", 400_000m), ("GB/s", 12m), ("Gbps", 82m)], limits.Select(l => (l.Unit, l.Value)));
    }

    [Theory]
    [InlineData("Deploy up to five replicas per region.", 5, "replicas per region")]
    [InlineData("Each gateway supports as many as ten tunnels.", 10, "tunnels")]
    [InlineData("A cluster holds up to twelve node pools per cluster.", 12, "node pools per cluster")]
    public void A_count_written_as_a_word_after_a_bound_is_a_limit(string sentence, double value, string metric)
    {
        var limit = Assert.Single(LimitFinder.Find(sentence));

        Assert.Equal(((decimal)value, metric), (limit.Value, limit.Metric));
        Assert.True(limit.Bounded);
    }

    [Theory]
    [InlineData("We tested two regions and three clusters.")]
    [InlineData("It is available in ten regions today.")]
    [InlineData("Agent 365 integration reaches Microsoft 365 applications.")]
    [InlineData("Data is shared from both Microsoft 365 and SAP applications.")]
    public void A_word_count_without_a_bound_or_a_number_in_a_name_is_no_limit(string sentence)
    {
        Assert.Empty(LimitFinder.Find(sentence));
    }
}
