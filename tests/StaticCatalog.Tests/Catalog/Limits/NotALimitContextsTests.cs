using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Limits;

namespace StaticCatalog.Tests.Catalog.Limits;

/// <summary>Each line of <see cref="NotALimitContexts.All"/> with a sentence it rules out, and a limit it must keep.</summary>
[Trait("Category", "Unit")]
public sealed class NotALimitContextsTests
{
    [Theory]
    [InlineData("In our benchmark the cluster reached 40 Gbps.", "a benchmark or test measurement")]
    [InlineData("Query latency compared to last year is 20 ms.", "a comparison of two measurements")]
    [InlineData("The assessment found 120 VMs without backups.", "an assessment's finding")]
    [InlineData("The DDoS attack peaked at 15.72 Tbps.", "an attack or outage statistic")]
    [InlineData("In the survey, 500 respondents run 10 clusters.", "a survey result")]
    [InlineData("Microsoft has contracted 34 GW of carbon-free electricity.", "a business figure")]
    [InlineData("Storage is priced at $0.05 per GB for 100 TB.", "a price or cost")]
    [InlineData("Customers saw 40 ms responses after the move.", "a customer-reported outcome")]
    [InlineData("We recommend 8 GB of RAM for the sample.", "a recommendation")]
    [InlineData("Medium table (500GB): Target 256MB", "a recommendation")]
    public void A_sentence_with_its_cue_states_no_limit(string sentence, string reason)
    {
        Assert.Equal(reason, NotALimitContexts.Why(NotALimitScope.Sentence, sentence)?.Reason);
        Assert.Empty(LimitFinder.Find(sentence));
    }

    [Theory]
    [InlineData("Set Rate Limit to 20 Mbps (lowest possible; SSH access only).")]
    [InlineData("Schedule a maintenance window of up to 3 hours.")]
    [InlineData("Configure the pool with up to 10 nodes per pool.")]
    public void An_instruction_gives_a_sample_value(string sentence)
    {
        Assert.Equal("a tutorial step's sample value", NotALimitContexts.Why(NotALimitScope.SentenceStart, sentence)?.Reason);
        Assert.Empty(LimitFinder.Find(sentence));
    }

    [Theory]
    [InlineData("Mobile hotspot limits (e.g., 20GB/50GB/100GB)", "an example value")]
    [InlineData("SQL endpoints now read large values without the previous 8 KB truncation limit.", "a figure the post says was replaced or removed")]
    [InlineData("Older sandboxes had a hard 4GB RAM limit.", "a figure the post says was replaced or removed")]
    [InlineData("Latency was reduced by 30 ms.", "a relative claim or vague magnitude (\"reduced by 30 ms\", \"about 20\")")]
    [InlineData("The new engine has 80% lower latency.", "a relative claim (\"3x faster\", \"80% lower latency\")")]
    [InlineData("It was released 5 years ago.", "a point in the past")]
    [InlineData("The feature is rolling out over the next 30 days.", "a rollout timeline")]
    public void A_figure_with_its_cue_around_it_is_not_a_limit(string sentence, string reason)
    {
        var why = NotALimitContexts.All.FirstOrDefault(c => c.Scope is not NotALimitScope.Heading and not NotALimitScope.Title
            && NotALimitContexts.Why(c.Scope, Around(sentence, c.Scope)) == c);
        Assert.Equal(reason, why?.Reason);
        Assert.Empty(LimitFinder.Find(sentence));
    }

    [Theory]
    [InlineData("Benchmark results", "a benchmark, test or customer outcome")]
    [InlineData("Pricing", "a cost table")]
    [InlineData("Sample app walkthrough", "a tutorial's example or setup value")]
    [InlineData("Prerequisites", "a tutorial's example or setup value")]
    [InlineData("Agenda", "an event's dates, times and venues")]
    public void A_heading_marks_the_figures_under_it(string heading, string reason)
    {
        Assert.Equal(reason, NotALimitContexts.Why(NotALimitScope.Heading, heading)?.Reason);
        Assert.True(NotALimitContexts.ExcludesHeading(heading));
    }

    [Fact]
    public void A_post_that_explains_SLAs_quotes_percentages_not_limits()
    {
        Assert.True(NotALimitContexts.ExcludesTitle("Understanding Azure SLAs and composite availability", Units.Percent));
        Assert.False(NotALimitContexts.ExcludesTitle("Understanding Azure SLAs and composite availability", Units.BitsPerSecond));
        Assert.False(NotALimitContexts.ExcludesTitle("Azure NAT Gateway V2 is generally available", Units.Percent));
    }

    [Theory]
    [InlineData("Standard NAT Gateway V2 offers 100 Gbps throughput.")]
    [InlineData("Supports up to 5,000 private endpoints per VNet.")]
    [InlineData("The Atlanta site provides 4x9 availability (99.99%) at 3x9 cost.")]
    [InlineData("Snapshots are kept for 30 days.")]
    [InlineData("Performance: Up to 100 Gbps throughput, 10 million packets/second")]
    [InlineData("Maximum request size is 128 MB.")]
    public void A_stated_limit_is_kept(string sentence)
    {
        Assert.NotEmpty(LimitFinder.Find(sentence));
    }

    [Fact]
    public void Every_context_has_a_cue_and_a_reason_once()
    {
        Assert.All(NotALimitContexts.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Cue) || string.IsNullOrWhiteSpace(c.Reason)));
        Assert.Equal(NotALimitContexts.All.Count, NotALimitContexts.All.Distinct().Count());
    }

    /// <summary>The text a scope's cue is matched against, for the sentence's first figure.</summary>
    private static string Around(string sentence, NotALimitScope scope)
    {
        var figure = System.Text.RegularExpressions.Regex.Match(sentence, @"\d");
        return scope switch
        {
            NotALimitScope.JustBefore or NotALimitScope.ClauseBefore => sentence[..figure.Index],
            NotALimitScope.JustAfter => System.Text.RegularExpressions.Regex.Replace(sentence[figure.Index..], @"^[\d.,]+\s?(?:%|ms|years?|GB|Gbps)?", string.Empty),
            _ => sentence,
        };
    }
}
