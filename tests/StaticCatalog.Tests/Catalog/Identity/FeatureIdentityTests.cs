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

    [Theory]
    [InlineData("github-copilot", "Claude Haiku 4.5 rollout", "github-copilot", "Claude Haiku 4.5")]
    [InlineData("github-copilot", "Upcoming deprecation of GPT-4o", "github-copilot", "GPT-4o")]
    [InlineData("foundry", "Availability of Mistral Large 3", "foundry", "Mistral Large 3 now rolling out")]
    [InlineData("github-copilot", "Copilot Spaces updates", "github-copilot", "Copilot Spaces arrives in technical preview")]
    public void Status_and_announcement_words_are_not_the_feature(string serviceA, string nameA, string serviceB, string nameB)
    {
        Assert.True(Identity.Same([serviceA], nameA, [serviceB], nameB), $"{Identity.Key([serviceA], nameA)} | {Identity.Key([serviceB], nameB)}");
    }

    [Theory]
    [InlineData("github-copilot", "Claude Haiku 4.5 rollout", "github-copilot", "Claude Sonnet 4.5")]
    [InlineData("github-copilot", "Upcoming deprecation of GPT-4o", "github-copilot", "GPT-4o mini")]
    [InlineData("aks", "availability zones", "aks", "Azure Kubernetes Service")]
    [InlineData("dependabot", "Dependabot security updates", "dependabot", "Dependabot version updates")]
    [InlineData("dotnet", "Experimental Features", "dotnet", "Features")]
    public void Dropping_status_words_keeps_versions_tiers_and_availability_zones_apart(string serviceA, string nameA, string serviceB, string nameB)
    {
        Assert.False(Identity.Same([serviceA], nameA, [serviceB], nameB), Identity.Key([serviceA], nameA));
    }

    [Theory]
    [InlineData("firewall", "Threat Intel based filtering", "firewall", "threat intelligence-based filtering")]
    [InlineData("github", "repo custom properties", "github", "Repository custom properties")]
    [InlineData("foundry-agent-service", "File Search tool", "foundry-agent-service", "File Search")]
    [InlineData("github-copilot", "Jira integration", "github-copilot", "Jira")]
    public void Clipped_words_and_kind_of_thing_words_fold_away(string serviceA, string nameA, string serviceB, string nameB)
    {
        Assert.True(Identity.Same([serviceA], nameA, [serviceB], nameB), $"{Identity.Key([serviceA], nameA)} | {Identity.Key([serviceB], nameB)}");
    }

    [Theory]
    [InlineData("github", "repo custom properties", "github", "organization custom properties")]
    [InlineData("foundry-agent-service", "File Search tool", "foundry-agent-service", "Code Interpreter tool")]
    [InlineData("github-copilot", "Jira integration", "github-copilot", "Linear integration")]
    public void Folding_keeps_the_words_that_name_the_feature(string serviceA, string nameA, string serviceB, string nameB)
    {
        Assert.False(Identity.Same([serviceA], nameA, [serviceB], nameB), Identity.Key([serviceA], nameA));
    }

    [Fact]
    public void A_name_of_kind_of_thing_words_only_is_not_emptied()
    {
        Assert.Equal("github-copilot/model", Identity.Key(["github-copilot"], "Copilot models"));
    }

    [Theory]
    [InlineData("foundry-agent-service", "Azure AI Foundry Agent Service", "foundry-agent-service", "Agent Service")]
    [InlineData("aks", "AKS Automatic", "aks", "Azure Kubernetes Service Automatic")]
    [InlineData("vs-code", "Terminal suggestions in VS Code", "vs-code", "Visual Studio Code terminal suggestions")]
    public void Brand_prefixed_and_initialled_aliases_are_the_product_itself(string serviceA, string nameA, string serviceB, string nameB)
    {
        Assert.True(Identity.Same([serviceA], nameA, [serviceB], nameB), $"{Identity.Key([serviceA], nameA)} | {Identity.Key([serviceB], nameB)}");
    }

    [Theory]
    [InlineData("foundry-agent-service", "Azure AI Foundry Agent Service", "foundry-agent-service", "Agent Service connected agents")]
    [InlineData("aks", "AKS Automatic", "aks", "AKS Fleet Manager")]
    [InlineData("nat-gateway", "NAT Gateway V2", "nat-gateway", "Azure NAT Gateway")]
    public void An_alias_that_adds_words_after_the_product_is_still_a_feature(string serviceA, string nameA, string serviceB, string nameB)
    {
        Assert.False(Identity.Same([serviceA], nameA, [serviceB], nameB), Identity.Key([serviceA], nameA));
    }

    [Theory]
    [InlineData("Copilot cloud agent", "GitHub Copilot coding agent")]
    [InlineData("Copilot cloud agent session logs", "Copilot coding agent session logs")]
    public void A_renamed_feature_keeps_one_history_across_the_rename(string today, string formerly)
    {
        Assert.True(Identity.Same(["github-copilot"], today, ["github-copilot"], formerly), $"{Identity.Key(["github-copilot"], today)} | {Identity.Key(["github-copilot"], formerly)}");
    }

    [Theory]
    [InlineData("Copilot cloud agent session logs", "Copilot coding agent")]
    [InlineData("Copilot cloud agent", "Copilot code review")]
    [InlineData("Copilot cloud agent", "Copilot CLI cloud delegation")]
    public void A_rename_does_not_join_a_feature_of_the_renamed_one_or_another_feature(string today, string other)
    {
        Assert.False(Identity.Same(["github-copilot"], today, ["github-copilot"], other), Identity.Key(["github-copilot"], today));
    }

    [Fact]
    public void The_key_names_the_first_service_and_the_words_that_tell_the_feature_apart()
    {
        Assert.Equal("private-link/connect direct", Identity.Key(["private-link", "fabric"], "Azure Private Link Direct Connect (Preview)"));
    }
}
