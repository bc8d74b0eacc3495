using Markdig.Syntax;
using StaticCatalog.Catalog;
using StaticCatalog.Markdown;

namespace StaticCatalog.Tests.Catalog.Services;

/// <summary>A small fixed taxonomy for the tests of service attribution, so they do not move when services.yml grows.</summary>
internal static class ServiceTestTaxonomy
{
    public static ServiceTaxonomy Taxonomy { get; } = new(
        ["Networking", "Compute", "Management", "Security", "Data"],
        [
            Service("nat-gateway", "Azure NAT Gateway", "Networking", "NAT Gateway"),
            Service("firewall", "Azure Firewall", "Networking"),
            Service("virtual-network", "Azure Virtual Network", "Networking", "VNet"),
            Service("aks", "Azure Kubernetes Service", "Compute", "AKS"),
            Service("functions", "Azure Functions", "Compute"),
            Service("app-service", "Azure App Service", "Compute", "App Service"),
            Service("monitor", "Azure Monitor", "Management"),
            Service("portal", "Azure portal", "Management", "Azure Portal"),
            Service("key-vault", "Azure Key Vault", "Security", "Key Vault"),
            Service("sentinel", "Microsoft Sentinel", "Security"),
            Service("defender-for-cloud", "Microsoft Defender for Cloud", "Security", "Defender for Cloud"),
            Service("fabric", "Microsoft Fabric", "Data"),
            Service("cosmos-db", "Azure Cosmos DB", "Data", "Cosmos DB"),
            Service("fabric-data-factory", "Data Factory in Microsoft Fabric", "Data", "Fabric Data Factory") with { PartOf = "fabric", Wholes = ["fabric"] },
            Service("dotnet", ".NET", "Compute"),
        ]);

    private static Service Service(string slug, string name, string category, params string[] aliases) => new(slug, name, category, aliases, [], null);

    public static IReadOnlyList<Passage> Passages(string markdown) =>
        PassageReader.Read(Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Create()));

    public static MarkdownDocument Document(string markdown) => Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Create());
}
