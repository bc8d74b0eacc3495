using StaticCatalog.Catalog.Features;

namespace StaticCatalog.Tests.Catalog.Features;

[Trait("Category", "Unit")]
public sealed class RoundupItemNamesTests
{
    [Theory]
    // One case per rule of RoundupItemNames.Rules, in order.
    [InlineData("'Quoted title'", "Quoted title")]
    [InlineData("1. Agent 365", "Agent 365")]
    [InlineData("Reasoning Reimagined: Introducing Phi-4-mini-flash-reasoning", "Phi-4-mini-flash-reasoning")]
    [InlineData("Announcing TypeScript 5.9 Beta", "TypeScript 5.9 Beta")]
    [InlineData("Introduction of HBv5 VM series", "HBv5 VM series")]
    [InlineData("Microsoft Launches Agentic AI Solutions", "Agentic AI Solutions")]
    [InlineData("OpenAI’s GPT-5.1-Codex-Max Public Preview Release for GitHub Copilot", "GPT-5.1-Codex-Max for GitHub Copilot")]
    [InlineData("General Availability of Code Scanning Alert Assignees in GitHub", "Code Scanning Alert Assignees in GitHub")]
    [InlineData("Gemini 3 Flash Public Preview Released for GitHub Copilot", "Gemini 3 Flash for GitHub Copilot")]
    [InlineData("Public preview: Private Link Direct Connect", "Private Link Direct Connect")]
    [InlineData("Agent 365 (GA May 1)", "Agent 365")]
    [InlineData("Copilot code review now generally available on GitHub Mobile", "Copilot code review on GitHub Mobile")]
    [InlineData("Copilot coding agent now supports remote MCP servers", "Copilot coding agent supports remote MCP servers")]
    [InlineData("Azure Boost is now GA", "Azure Boost")]
    [InlineData("Introducing Azure Accelerate: Expert Support and Investments for Your Cloud and AI Transformation", "Azure Accelerate")]
    [InlineData("Microsoft Launches Agentic AI Solutions to Transform Retail Automation and Personalization", "Agentic AI Solutions")]
    [InlineData("Claude Haiku 4.5 in GitHub Copilot Across All Supported IDEs", "Claude Haiku 4.5 in GitHub Copilot")]
    [InlineData("Gemini 3 Flash Model Now Accessible in GitHub Copilot Across Major IDEs", "Gemini 3 Flash Model in GitHub Copilot")]
    [InlineData("Claude Opus 4.5 Preview Available in GitHub Copilot Chat and IDEs", "Claude Opus 4.5 in GitHub Copilot Chat and IDEs")]
    // A headline that is only a purpose keeps its first words; a product that names itself after a company keeps it.
    [InlineData("Designed to streamline development", "Designed to streamline development")]
    [InlineData("GitHub Copilot coding agent for Jira", "GitHub Copilot coding agent for Jira")]
    [InlineData("Dependabot and code scanning: Org-level private registries", "Dependabot and code scanning: Org-level private registries")]
    [InlineData("'Introducing the Container Network Insights Agent for AKS: Now in Public Preview'", "Container Network Insights Agent for AKS")]
    [InlineData("Stop Hunting Bugs: Meet the New Visual Studio Debugger Agent", "Visual Studio Debugger Agent")]
    [InlineData("New DCa/ECa v6 VM families", "DCa/ECa v6 VM families")]
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

    [Theory]
    [InlineData("ACA adds Docker Compose for Agents in", "Docker Compose for Agents")]
    [InlineData("ACA introduces confidential computing in", "confidential computing")]
    [InlineData("Rule-based routing reaches", "Rule-based routing")]
    [InlineData("Premium Ingress now", "Premium Ingress")]
    [InlineData("Synced passkeys and passkey profiles (", "Synced passkeys and passkey profiles")]
    public void The_words_before_a_cue_name_what_is_announced(string prefix, string expected) =>
        Assert.Equal(expected, RoundupItemNames.BeforeCue(prefix));

    [Fact]
    public void Every_before_cue_rule_is_pinned_by_its_example() =>
        AssertExamples(RoundupItemNames.BeforeCueRules.Select(r => r.Example), RoundupItemNames.BeforeCue);

    [Fact]
    public void Every_rule_is_pinned_by_its_example() =>
        AssertExamples(RoundupItemNames.Rules.Select(r => r.Example), RoundupItemNames.Clean);

    /// <summary>Each example reads "input -> expected name".</summary>
    private static void AssertExamples(IEnumerable<string> examples, Func<string, string> clean) =>
        Assert.All(examples, example =>
        {
            var parts = example.Split(" -> ");
            Assert.Equal(parts[1], clean(parts[0]));
        });
}
