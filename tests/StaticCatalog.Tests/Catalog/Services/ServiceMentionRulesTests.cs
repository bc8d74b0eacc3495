using StaticCatalog.Catalog.Services;

namespace StaticCatalog.Tests.Catalog.Services;

/// <summary>Each row of <see cref="ServiceMentionRules"/>, pinned by a post that shows it, and how the rows add up to a primary service.</summary>
[Trait("Category", "Unit")]
public sealed class ServiceMentionRulesTests
{
    private static readonly PostServiceFinder Finder = new(ServiceTestTaxonomy.Taxonomy);

    private static IReadOnlyList<WeighedMention> Weigh(string title, string markdown) =>
        Finder.Weigh(title, ServiceTestTaxonomy.Passages(markdown), ServiceTestTaxonomy.Taxonomy.Matcher.Find);

    private static PostServices Find(string title, string markdown, IReadOnlyList<string>? tags = null, IReadOnlyList<string>? declared = null) =>
        Finder.Find(title, tags ?? [], ServiceTestTaxonomy.Passages(markdown), declared, ServiceTestTaxonomy.Taxonomy.Matcher.Find);

    [Theory]
    [InlineData("an affiliation (an engineer at GitHub, GitHub's Eirini)", "T", "Intro.\n\n## Talk\n\nMeet Jane Doe, a staff engineer at Azure Functions, on stage.\n", "functions")]
    [InlineData("an affiliation (an engineer at GitHub, GitHub's Eirini)", "How an Azure Functions engineer built a hub", "Body.", "functions")]
    [InlineData("an affiliation (an engineer at GitHub, GitHub's Eirini)", "T", "Intro.\n\n## Talk\n\nAzure Monitor's Jane Doe explains the new alerts.\n", "monitor")]
    [InlineData("the title", "Azure NAT Gateway gets a new SKU", "Body.", "nat-gateway")]
    [InlineData("a byline or the blog a post comes from", "T", "Intro.\n\nThis post appeared first on \"Microsoft Fabric Blog\".", "fabric")]
    [InlineData("a byline or the blog a post comes from", "T", "Intro.\n\nThe Microsoft Fabric Blog outlines what changed this month in pipelines.", "fabric")]
    [InlineData("a byline or the blog a post comes from", "T", "Intro.\n\nPresented by the Azure Functions team at Ignite.", "functions")]
    [InlineData("a byline or the blog a post comes from", "T", "Azure Functions shares how three teams cut their bills.\n\n## More\n\nText.\n", "functions")]
    [InlineData("a byline or the blog a post comes from", "T", "Intro.\n\n## Talk\n\nThe video, by Azure Functions, shows the new plan.\n", "functions")]
    [InlineData("a byline or the blog a post comes from", "T", "Intro.\n\n## Tags\n\nTags: Azure Firewall, Azure Monitor, networking\n", "monitor")]
    [InlineData("a link list", "T", "Intro.\n\n- [What is Azure Kubernetes Service?](https://learn.microsoft.com/azure/aks/)\n- [Other](https://x.test/)\n", "aks")]
    [InlineData("a next steps, learn more, resources or related section", "T", "Intro.\n\n## Next steps\n\nTry Azure Functions for the event handlers.\n", "functions")]
    [InlineData("a next steps, learn more, resources or related section", "T", "Intro.\n\n## Learn more\n\n- Azure Monitor overview\n", "monitor")]
    [InlineData("a programming, query or scripting language or runtime outside the title: what the post's code is written in", "T", "Intro.\n\n## Code\n\n.NET apps call it in three lines.\n", "dotnet")]
    [InlineData("a dependency, a tool used or something missing", "T", "Intro.\n\n## Logs\n\nThe logs are collected using Azure Monitor.\n", "monitor")]
    [InlineData("a dependency, a tool used or something missing", "T", "Intro.\n\n## Data\n\nSentinel data federation is powered by Microsoft Fabric.\n", "fabric")]
    [InlineData("a dependency, a tool used or something missing", "T", "Intro.\n\n## Setup\n\nThe customer ran its workloads without Azure Firewall.\n", "firewall")]
    [InlineData("a dependency, a tool used or something missing", "T", "Intro.\n\n## Setup\n\nIt requires Azure Key Vault for the secrets.\n", "key-vault")]
    [InlineData("a dependency, a tool used or something missing", "T", "Intro.\n\n## Setup\n\nIt integrates with Azure Monitor, Microsoft Sentinel and Defender for Cloud.\n", "sentinel")]
    [InlineData("a comparison or an example", "T", "Intro.\n\n## Options\n\nA third-party appliance is chosen over Azure Firewall.\n", "firewall")]
    [InlineData("a comparison or an example", "T", "Intro.\n\n## Options\n\nAzure Functions vs Azure App Service for agents.\n", "functions")]
    [InlineData("a comparison or an example", "T", "Intro.\n\n## Options\n\nUse scalable services such as Azure Kubernetes Service.\n", "aks")]
    [InlineData("a how-to step's heading", "T", "Intro.\n\n## Step 4: Deploy with Azure Functions\n\nRun it.\n", "functions")]
    [InlineData("a how-to step's heading", "T", "Intro.\n\n### 1. Create a VNet\n\nRun it.\n", "virtual-network")]
    [InlineData("a question heading or lead", "T", "Intro.\n\n## Why use Azure Functions for agents?\n\nText.\n", "functions")]
    [InlineData("a question heading or lead", "T", "Intro.\n\n## FAQ\n\n- **Is there a Key Vault reference for this?**\n", "key-vault")]
    [InlineData("a heading", "T", "Intro.\n\n## Option 2: Azure Kubernetes Service (AKS)\n\nText.\n", "aks")]
    [InlineData("a bare name in a list", "T", "Intro.\n\n## Where\n\nIt appears in:\n\n- **Azure portal**\n- the CLI\n", "portal")]
    [InlineData("a bare name in a list", "T", "Intro.\n\n## Options\n\n- Azure Kubernetes Service (AKS)\n- Containers\n", "aks")]
    [InlineData("a bold lead", "T", "Intro.\n\n## Parts\n\n- **Azure Cosmos DB**: memory and checkpoints.\n", "cosmos-db")]
    [InlineData("a bold lead", "T", "Intro.\n\n## Parts\n\n- **Azure Cosmos DB** for memory and checkpoints.\n", "cosmos-db")]
    [InlineData("one of many products named together", "T", "Intro.\n\n## Tools\n\nTools: Microsoft Defender for Cloud, Microsoft Sentinel, Azure Key Vault, Azure Firewall.\n", "sentinel")]
    [InlineData("the subject of the opening paragraph", "T", "Azure NAT Gateway adds a StandardV2 SKU this week.\n\n## More\n\nText.\n", "nat-gateway")]
    [InlineData("the opening paragraph", "T", "This post shows what Azure NAT Gateway does for outbound traffic.\n\n## More\n\nText.\n", "nat-gateway")]
    [InlineData("the subject of a sentence", "T", "Intro.\n\n## Hosting\n\nA short note. Azure Functions provides a serverless model for short tasks.\n", "functions")]
    [InlineData("the body", "T", "Intro.\n\n## Hosting\n\nAgents scale well on Azure App Service plans.\n", "app-service")]
    public void A_mention_takes_the_first_rule_that_applies(string rule, string title, string markdown, string service)
    {
        var mention = Assert.Single(Weigh(title, markdown), m => m.Service == service);

        Assert.Equal(rule, mention.Rule.Where);
    }

    [Fact]
    public void Every_rule_is_pinned_by_a_case()
    {
        var pinned = typeof(ServiceMentionRulesTests).GetMethod(nameof(A_mention_takes_the_first_rule_that_applies))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0]).ToHashSet();

        Assert.All(ServiceMentionRules.Rules, rule => Assert.Contains(rule.Where, pinned));
    }

    [Fact]
    public void The_title_a_heading_or_a_bold_lead_alone_make_a_service_primary()
    {
        var found = Find("Azure NAT Gateway V2 is here", "Intro.\n\n## Azure Firewall updates\n\nText.\n\n- **Azure Cosmos DB**: a memory store.\n");

        Assert.Equal(["nat-gateway", "firewall", "cosmos-db"], found.Primary);
        Assert.Empty(found.Mentioned);
    }

    [Fact]
    public void One_passing_mention_leaves_a_service_mentioned_and_three_make_it_primary()
    {
        var once = Find("T", "Intro.\n\n## Hosting\n\nAgents can be deployed to Azure App Service with a click.\n");
        var thrice = Find("T", "Intro.\n\n## Hosting\n\nAgents scale well on App Service plans. Deployment slots of App Service help.\n\nLogs of App Service are kept.\n");

        Assert.Equal(["app-service"], once.Mentioned);
        Assert.Empty(once.Primary);
        Assert.Equal(["app-service"], thrice.Primary);
    }

    [Fact]
    public void A_name_and_its_abbreviation_in_brackets_are_one_mention()
    {
        var mention = Assert.Single(Weigh("T", "Intro.\n\n## Hosting\n\nIt runs well in Azure Kubernetes Service (AKS) clusters.\n"));

        Assert.Equal("aks", mention.Service);
    }

    [Fact]
    public void The_opening_paragraph_and_one_more_mention_make_a_service_primary()
    {
        var found = Find("T", "This guide deploys agents to Azure App Service.\n\n## Steps\n\nScale it with plans in App Service.\n");

        Assert.Equal(["app-service"], found.Primary);
    }

    [Fact]
    public void A_digest_of_links_makes_none_of_the_products_it_lists_primary()
    {
        var digest = "The week in review.\n\n## Links\n\n" + string.Join('\n', new[] { "Azure Firewall", "Azure Monitor", "Azure Functions", "Microsoft Fabric", "Azure Cosmos DB" }
            .Select(name => $"- [{name} news of the week](https://x.test/{name.Replace(' ', '-')})")) + "\n\n## Also\n\n" + string.Join('\n', new[] { "Azure Key Vault", "Microsoft Sentinel" }
            .Select(name => $"- [New in {name}](https://x.test/{name.Replace(' ', '-')}) - read it"));

        var found = Find("Weekly digest", digest);

        Assert.Empty(found.Primary);
        Assert.Equal(7, found.Mentioned.Count);
    }

    [Fact]
    public void Tags_are_not_evidence_and_a_declared_list_stays_primary()
    {
        var tagged = Find("T", "Intro.\n\nSome text about Azure Monitor dashboards.\n", tags: ["Azure Firewall", "Azure Monitor"]);
        var declared = Find("About Azure Firewall", "Azure Monitor and Azure Functions.\n", declared: ["nat-gateway"]);

        Assert.Equal(["monitor"], tagged.Mentioned);
        Assert.Empty(tagged.Primary);
        Assert.Equal(["nat-gateway"], declared.Primary);
        Assert.Equal(["firewall", "functions", "monitor"], declared.Mentioned);
    }

    [Fact]
    public void A_whole_beside_its_primary_part_is_only_mentioned_unless_a_title_heading_or_lead_names_it()
    {
        const string body = "Microsoft Fabric is committed to secure data movement for every team.\n\n## Fabric Data Factory\n\nText.\n";

        var found = Find("New connectors", body);
        Assert.Equal(["fabric-data-factory"], found.Primary);
        Assert.Contains("fabric", found.Mentioned);

        Assert.Equal(["fabric", "fabric-data-factory"], Find("New connectors", body + "\n## Microsoft Fabric\n\nText.\n").Primary);
        Assert.Equal(["fabric", "fabric-data-factory"], Find("Microsoft Fabric: new connectors", body).Primary);
    }

    [Fact]
    public void A_language_is_primary_only_when_the_title_names_it()
    {
        const string body = ".NET developers can call it with three lines of code.\n\n## .NET\n\n.NET apps get retries.\n";

        Assert.DoesNotContain("dotnet", Find("Azure Cosmos DB adds vector search", body).Primary);
        Assert.Contains("dotnet", Find("What is new in .NET for Azure Cosmos DB", body).Primary);
    }
}
