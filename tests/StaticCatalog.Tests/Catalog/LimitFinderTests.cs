using StaticCatalog.Catalog;

namespace StaticCatalog.Tests.Catalog;

[Trait("Category", "Unit")]
public sealed class LimitFinderTests
{
    [Theory]
    [InlineData("Standard NAT Gateway V2 offers 100 Gbps throughput.", 100, "Gbps", "100000000000", "bit/s", "throughput")]
    [InlineData("It handles 10 million packets per second.", 10_000_000, "pps", "10000000", "packet/s", "packets per second")]
    [InlineData("Handles up to 10M pps.", 10_000_000, "pps", "10000000", "packet/s", "packets per second")]
    [InlineData("Backbone with 18 Pbps WAN capacity.", 18, "Pbps", "18000000000000000", "bit/s", "WAN capacity")]
    [InlineData("Up to 64 TB of storage per volume.", 64, "TB", "64000000000000", "byte", "storage")]
    [InlineData("Disks of 32 TiB are supported.", 32, "TiB", "35184372088832", "byte", "size")]
    [InlineData("Reads at 20 GB/s from managed disks.", 20, "GB/s", "160000000000", "bit/s", "throughput")]
    [InlineData("Median latency under 2 ms.", 2, "ms", "0.002", "s", "latency")]
    [InlineData("Models with a 1M-token context window.", 1_000_000, "tokens", "1000000", "token", "context window")]
    [InlineData("The gateway supports up to 5,000 private endpoints per VNet.", 5000, "count", "5000", "count", "private endpoints per VNet")]
    [InlineData("Azure spans 60+ AI regions.", 60, "count", "60", "count", "AI regions")]
    [InlineData("A 99.99% availability SLA applies.", 99.99, "%", "99.99", "percent", "availability")]
    [InlineData("Backup retention of up to 35 days.", 35, "days", "3024000", "s", "retention")]
    public void A_stated_figure_is_normalized_to_its_base_unit(string sentence, double value, string unit, string normalized, string baseUnit, string metric)
    {
        var limit = Assert.Single(LimitFinder.Find(sentence));

        Assert.Equal((decimal)value, limit.Value);
        Assert.Equal(unit, limit.Unit);
        Assert.Equal(decimal.Parse(normalized, System.Globalization.CultureInfo.InvariantCulture), limit.Normalized);
        Assert.Equal(baseUnit, limit.BaseUnit);
        Assert.Equal(metric, limit.Metric);
    }

    [Fact]
    public void Ten_million_written_three_ways_is_one_number()
    {
        var values = new[] { "10 million pps", "10M pps", "10,000,000 pps" }
            .Select(text => Assert.Single(LimitFinder.Find($"It reaches {text}.")).Normalized)
            .ToList();

        Assert.All(values, v => Assert.Equal(10_000_000m, v));
    }

    [Theory]
    [InlineData("100\u202FGbps")]
    [InlineData("100\u00A0Gbps")]
    [InlineData("100\u2009Gbps")]
    [InlineData("100Gbps")]
    public void A_narrow_or_no_break_space_between_number_and_unit_is_a_space(string figure)
    {
        Assert.Equal(100_000_000_000m, Assert.Single(LimitFinder.Find($"Offers {figure} throughput.")).Normalized);
    }

    [Fact]
    public void Qualifiers_are_kept_with_the_figure()
    {
        var limits = LimitFinder.Find("GA for 3x faster VPN connectivity (up to 5Gbps per TCP flow, 20 Gbps total throughput across 4 tunnels).");

        Assert.Equal(2, limits.Count);
        Assert.Equal(5_000_000_000m, limits[0].Normalized);
        Assert.Equal("up to, per TCP flow", limits[0].Qualifier);
        Assert.Equal(20_000_000_000m, limits[1].Normalized);
        Assert.Equal("total across 4 tunnels", limits[1].Qualifier);
    }

    [Fact]
    public void ExpressRoute_400G_is_400_Gbps()
    {
        var limit = Assert.Single(LimitFinder.Find("ExpressRoute 400G: multi-terabit dedicated connections go live in 2026."));

        Assert.Equal(400_000_000_000m, limit.Normalized);
        Assert.Equal("bit/s", limit.BaseUnit);
    }

    [Theory]
    [InlineData("The update shipped on 2025-12-01 and goes live in 2026.")]
    [InlineData("Upgrade to version 2.5.1 of the SDK.")]
    [InlineData("NAT Gateway V2 and Gen2 VMs are supported.")]
    [InlineData("GPT-4.1 token limits were raised.")]
    [InlineData("Storage costs $0.05 per GB per month.")]
    [InlineData("Over 10,000 customers use it.")]
    [InlineData("The new release is 3x faster with 80% lower latency.")]
    [InlineData("Latency was reduced by 30 ms.")]
    [InlineData("We mitigated a DDoS attack that peaked at 15.72 Tbps.")]
    [InlineData("In our benchmark the query ran 1,909 ms faster.")]
    [InlineData("Endpoints per VNet increased from 1,000 to 5,000 private endpoints.")]
    [InlineData("Join 100+ sessions and demos at the event.")]
    [InlineData("Copilot works across 5 tunnels of thought for 2 hours.")]
    [InlineData("The course takes 3 hours.")]
    [InlineData("It was released 5 years ago.")]
    [InlineData("Available in Microsoft 365 Copilot sessions per tenant.")]
    public void Numbers_that_are_not_limits_are_left_out(string sentence)
    {
        var limits = LimitFinder.Find(sentence);

        // The from-to sentence keeps the new value only.
        Assert.DoesNotContain(limits, l => l.Normalized is 1000m || (l.BaseUnit != "count" && l.Normalized != 5000m));
        if (!sentence.Contains("from 1,000", StringComparison.Ordinal))
        {
            Assert.Empty(limits);
        }
    }

    [Theory]
    [InlineData("Private Link raised the limit from 1,000 to 5,000 private endpoints per VNet.", 5000, 1000, "count")]
    [InlineData("Retention was extended from 7 to 35 days.", 3024000, 604800, "days")]
    [InlineData("The log rate rises from 50 MiB/s to 100 MiB/s per database.", 838860800, 419430400, "MiB/s")]
    [InlineData("Throughput grows from 10 to 20 million packets per second.", 20000000, 10000000, "pps")]
    public void A_value_raised_from_an_old_one_keeps_the_old_one_as_its_former_value(string sentence, long normalized, long former, string formerUnit)
    {
        var limit = Assert.Single(LimitFinder.Find(sentence));

        Assert.Equal(normalized, limit.Normalized);
        Assert.Equal((former, formerUnit), ((long?)limit.Former?.Normalized, limit.Former?.Unit));
    }

    [Fact]
    public void An_old_value_in_another_kind_of_unit_is_no_former_value() =>
        Assert.Null(Assert.Single(LimitFinder.Find("Storage grows from 5 regions to 2 TB of capacity.")).Former);
}
