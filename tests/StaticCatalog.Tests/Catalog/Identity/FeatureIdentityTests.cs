using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Identity;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Catalog.Identity;

[Trait("Category", "Unit")]
public sealed class FeatureIdentityTests
{
    private static readonly FeatureIdentity Identity = new(ServiceTaxonomyLoader.Load(RepoPaths.Input, new DiagnosticBag()));

    [Theory]
    [InlineData("private-link", "Private Link Direct Connect", "private-link", "Direct Connect for Private Link")]
    [InlineData("github-copilot", "GitHub Copilot coding agent", "github-copilot", "Copilot coding agent (public preview)")]
    [InlineData("nat-gateway", "Azure NAT Gateway", "nat-gateway", "NAT Gateways")]
    [InlineData("private-link", "private endpoints per VNet", "private-link", "Private Endpoint per VNet support")]
    public void Names_a_reader_would_call_one_feature_are_one(string serviceA, string nameA, string serviceB, string nameB)
    {
        Assert.True(Identity.Same([serviceA], nameA, [serviceB], nameB), $"{Identity.Key([serviceA], nameA)} | {Identity.Key([serviceB], nameB)}");
    }

    [Theory]
    [InlineData("github-copilot", "Copilot coding agent", "github-copilot", "Copilot code review")]
    [InlineData("github-copilot", "Claude Sonnet 4", "github-copilot", "Claude Sonnet 4.5")]
    [InlineData("github-copilot", "GPT-4.1", "github-copilot", "GPT-4.1 mini")]
    [InlineData("nat-gateway", "NAT Gateway V2", "nat-gateway", "Azure NAT Gateway")]
    [InlineData("github", "public repositories", "github", "private repositories")]
    [InlineData("vs-code", "Agent Mode", "visual-studio", "Agent Mode")]
    public void Versions_skus_other_capabilities_and_other_products_stay_apart(string serviceA, string nameA, string serviceB, string nameB)
    {
        Assert.False(Identity.Same([serviceA], nameA, [serviceB], nameB), Identity.Key([serviceA], nameA));
    }

    [Fact]
    public void The_key_names_the_first_service_and_the_words_that_tell_the_feature_apart()
    {
        Assert.Equal("private-link/connect direct", Identity.Key(["private-link", "fabric"], "Azure Private Link Direct Connect (Preview)"));
    }
}
