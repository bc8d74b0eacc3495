using StaticCatalog.Catalog.Features;

namespace StaticCatalog.Tests.Catalog.Features;

[Trait("Category", "Unit")]
public sealed class RoundupAttributionTests
{
    private static readonly RoundupAttribution Attribution = new(RoundupTestPosts.Taxonomy.Matcher);

    [Theory]
    [InlineData("Web Application Firewall for AKS", "web-application-firewall")]
    [InlineData("Private Link and ExpressRoute failover", "private-link,expressroute")]
    [InlineData("Sentinel rules powered by Microsoft Fabric", "")]
    [InlineData("Workspace Private Link Support", "")]
    [InlineData("Azure Key Vault Integration", "")]
    [InlineData("Egress via NAT Gateway for AKS", "aks")]
    public void A_names_owner_is_its_first_product_not_named_as_a_dependency(string name, string expected) =>
        Assert.Equal(expected, string.Join(',', Attribution.Owners(name, fromName: true)));

    [Fact]
    public void Every_dependency_cue_makes_a_product_a_dependency()
    {
        Assert.All(RoundupAttribution.DependencyBefore, cue => Assert.Empty(Attribution.Owners($"Faster queries {cue} Microsoft Fabric", fromName: true)));
        Assert.All(RoundupAttribution.DependencyAfter, cue => Assert.Empty(Attribution.Owners($"Azure Key Vault {cue}", fromName: true)));
    }

    [Fact]
    public void Running_text_that_names_more_than_three_products_gives_only_the_first()
    {
        var owners = Attribution.Owners("AKS, Azure NAT Gateway, Azure Private Link, Azure Key Vault and Azure ExpressRoute all gain support.", fromName: false);
        Assert.Equal(["aks"], owners);
    }

    [Fact]
    public void Falls_back_from_the_name_to_the_text_to_the_sections_headings_to_the_title_and_never_further()
    {
        var passages = RoundupTestPosts.Passages("""
            ## Azure Private Link
            ### Cross-tenant endpoints
            - plain text
            """);
        var item = passages.Last();
        Assert.Equal(["nat-gateway"], Attribution.ServicesOf("NAT Gateway V2", "text", item.Section, "Weekly roundup"));
        Assert.Equal(["aks"], Attribution.ServicesOf("Node repair", "Repairs AKS nodes.", item.Section, "Weekly roundup"));
        Assert.Equal(["private-link"], Attribution.ServicesOf("Cross-tenant endpoints", "No product here.", item.Section, "Weekly roundup"));
        Assert.Equal(["expressroute"], Attribution.ServicesOf("Circuit insights", "No product here.", null, "What's new in ExpressRoute"));
        Assert.Empty(Attribution.ServicesOf("Circuit insights", "No product here.", null, "Weekly roundup"));
    }
}
