using StaticCatalog.Catalog.Features;

namespace StaticCatalog.Tests.Catalog.Features;

[Trait("Category", "Unit")]
public sealed class RoundupItemNamesTests
{
    [Theory]
    // One case per rule of RoundupItemNames.Rules, in order.
    [InlineData("1. Agent 365", "Agent 365")]
    [InlineData("Reasoning Reimagined: Introducing Phi-4-mini-flash-reasoning", "Phi-4-mini-flash-reasoning")]
    [InlineData("Announcing TypeScript 5.9 Beta", "TypeScript 5.9 Beta")]
    [InlineData("Public preview: Private Link Direct Connect", "Private Link Direct Connect")]
    [InlineData("Agent 365 (GA May 1)", "Agent 365")]
    [InlineData("Copilot code review now generally available on GitHub Mobile", "Copilot code review on GitHub Mobile")]
    [InlineData("Copilot coding agent now supports remote MCP servers", "Copilot coding agent supports remote MCP servers")]
    [InlineData("Azure Boost is now GA", "Azure Boost")]
    [InlineData("Introducing Azure Accelerate: Expert Support and Investments", "Azure Accelerate")]
    // Names keep what they hold: versions, brackets that are part of the name, hyphens.
    [InlineData(".NET 11 Preview 3", ".NET 11 Preview 3")]
    [InlineData("MAI-Image-2e (GA)", "MAI-Image-2e")]
    [InlineData("MAI-Image-2e)", "MAI-Image-2e")]
    [InlineData("Purview Data Loss Prevention (DLP) Policies for Fabric (Preview)", "Purview Data Loss Prevention (DLP) Policies for Fabric")]
    [InlineData("Purview DSPM for AI – Fabric Copilots and Data Agents", "Purview DSPM for AI – Fabric Copilots and Data Agents")]
    [InlineData("Markdown Support Now Available for Azure DevOps Work Items", "Markdown Support for Azure DevOps Work Items")]
    [InlineData("Workspace Identity Authentication for Connectors (Generally Available)", "Workspace Identity Authentication for Connectors")]
    [InlineData("Generally available", "Generally available")]
    public void Cleans_status_and_announcement_words_without_damaging_the_name(string text, string expected) =>
        Assert.Equal(expected, RoundupItemNames.Clean(text));

    [Fact]
    public void Every_rule_is_pinned_by_its_example() =>
        Assert.All(RoundupItemNames.Rules, rule =>
        {
            var parts = rule.Example.Split(" -> ");
            Assert.Equal(parts[1], RoundupItemNames.Clean(parts[0]));
        });
}
