using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Services;

namespace StaticCatalog.Tests.Catalog.Services;

/// <summary>A feature's services: its name, its passage, its section heading, in that order; the post's only primary service last; at most three.</summary>
[Trait("Category", "Unit")]
public sealed class FeatureAttributionTests
{
    private static Func<string, IReadOnlyList<ServiceMention>> MentionsIn => ServiceTestTaxonomy.Taxonomy.Matcher.Find;

    /// <summary>The services of a feature named <paramref name="name"/> found in the passage of <paramref name="markdown"/> that contains it.</summary>
    private static IReadOnlyList<string> Of(string name, string markdown, IReadOnlyList<string> primary, string title = "T")
    {
        var passage = ServiceTestTaxonomy.Passages(markdown).Last(p => p.Text.Contains(name, StringComparison.Ordinal));
        return FeatureAttribution.Of(name, passage, title, primary, MentionsIn);
    }

    [Fact]
    public void Its_own_name_comes_first()
    {
        Assert.Equal(["firewall"], Of("Azure Firewall Basic SKU", "## Azure Monitor\n\n- **Azure Firewall Basic SKU**: with Azure Monitor logs.\n", ["monitor", "aks"]));
    }

    [Fact]
    public void Then_its_passage()
    {
        Assert.Equal(["cosmos-db"], Of("Vector search", "## Databases\n\n- **Vector search**: Azure Cosmos DB adds it.\n", ["monitor", "aks"]));
    }

    [Fact]
    public void Then_its_section_heading_or_one_above_it()
    {
        Assert.Equal(["aks"], Of("Node auto-provisioning", "## Azure Kubernetes Service\n\n### Scaling\n\n- **Node auto-provisioning**: in preview.\n", ["monitor", "aks"]));
    }

    [Fact]
    public void Failing_those_the_posts_primary_service_only_when_it_has_exactly_one()
    {
        const string markdown = "## What is new\n\n- **Stacked PRs**: in preview.\n";

        Assert.Equal(["nat-gateway"], Of("Stacked PRs", markdown, ["nat-gateway"]));
        Assert.Empty(Of("Stacked PRs", markdown, ["nat-gateway", "firewall", "aks"]));
        Assert.Empty(Of("Stacked PRs", markdown, []));
    }

    [Fact]
    public void A_title_feature_reads_the_title_as_its_passage_and_a_level_one_heading_is_not_a_section()
    {
        Assert.Equal(["functions"], FeatureAttribution.Of("Flex Consumption", null, "Flex Consumption for Azure Functions is GA", ["functions", "monitor"], MentionsIn));
        Assert.Empty(Of("Stacked PRs", "# Azure Firewall digest\n\n- **Stacked PRs**: in preview.\n", ["firewall", "aks"]));
    }

    [Fact]
    public void A_dependency_a_comparison_or_an_example_is_not_what_the_feature_belongs_to()
    {
        Assert.Equal(["defender-for-cloud"], Of("Data federation", "## Security\n\n- **Data federation**: Defender for Cloud reads data in place, powered by Microsoft Fabric.\n", []));
        Assert.Equal(["nat-gateway"], Of("Outbound rules", "## Networking\n\n- **Outbound rules**: Azure NAT Gateway, unlike Azure Firewall, adds them.\n", []));
    }

    [Fact]
    public void Never_more_than_three()
    {
        var services = Of("Shared logs", "## Everything\n\n- **Shared logs**: Azure Firewall, Azure Functions, Azure App Service, Azure Monitor and Azure Key Vault write them.\n", []);

        Assert.Equal(["firewall", "functions", "app-service"], services);
    }

    [Fact]
    public void A_limit_takes_the_first_service_by_the_same_rules()
    {
        var passage = ServiceTestTaxonomy.Passages("## Scale\n\n- Up to 100 Gbps of throughput for Azure NAT Gateway.\n").Last();

        Assert.Equal("nat-gateway", FeatureAttribution.ServiceOf("throughput", passage, "T", ["firewall", "aks"], MentionsIn));
        Assert.Null(FeatureAttribution.ServiceOf("throughput", ServiceTestTaxonomy.Passages("## Scale\n\n- Up to 100 Gbps.\n").Last(), "T", ["firewall", "aks"], MentionsIn));
    }

    [Fact]
    public void Of_a_product_and_its_part_named_together_the_part_wins()
    {
        Assert.Equal(["fabric-data-factory"], Of("Copy job", "## New\n\n- **Copy job**: Fabric Data Factory in Microsoft Fabric adds it.\n", ["fabric", "aks"]));
    }

    [Fact]
    public void A_product_before_integration_or_support_in_the_name_is_a_dependency_of_it()
    {
        Assert.Equal(["fabric-data-factory"], Of("Azure Key Vault Integration", "## Security\n\n- **Azure Key Vault Integration**: secrets for connections.\n", ["fabric-data-factory"]));
        Assert.Equal(["key-vault"], Of("Azure Key Vault Integration with Azure Monitor", "## Security\n\n- **Azure Key Vault Integration with Azure Monitor**: logs.\n", ["fabric-data-factory"]));
        Assert.Equal(["key-vault"], Of("Azure Key Vault secret rotation", "## Security\n\n- **Azure Key Vault secret rotation**: in preview.\n", ["fabric-data-factory"]));
    }

    [Fact]
    public void A_part_the_name_holds_as_a_dependency_leaves_its_whole_as_the_owner_in_the_passage()
    {
        Assert.Equal(["fabric"], Of("Fabric Data Factory integration", "## New\n\n- Microsoft Fabric adds Fabric Data Factory integration for workspaces.\n", ["aks", "key-vault"]));
    }
}
