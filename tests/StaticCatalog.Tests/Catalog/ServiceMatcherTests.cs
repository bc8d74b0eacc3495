using StaticCatalog.Catalog;

namespace StaticCatalog.Tests.Catalog;

/// <summary>The matching rules of services.yml, one case per rule, on the shipped taxonomy and on small ones.</summary>
[Trait("Category", "Unit")]
public sealed class ServiceMatcherTests
{
    private static readonly ServiceTaxonomy Shipped = ServiceTaxonomyTests.Shipped();

    private static string[] Slugs(string text) => Shipped.Matcher.Find(text).Select(m => m.Service.Slug).ToArray();

    [Theory]
    [InlineData("Copilot suggests a fix.")]
    [InlineData("Functions and Methods")]
    [InlineData("Monitor your app's health")]
    [InlineData("Teams can now ship faster.")]
    [InlineData("The fabric of the internet")]
    [InlineData("The foundry workers")]
    [InlineData("Edge cases and Edge computing")]
    [InlineData("Defender of the realm")]
    [InlineData("within the purview of the team")]
    public void A_short_or_common_word_is_no_mention_in_prose(string text)
    {
        Assert.Empty(Slugs(text));
    }

    [Theory]
    [InlineData("Copilot", "github-copilot")]
    [InlineData("Teams", "teams")]
    [InlineData("Defender", "defender")]
    [InlineData("VS", "visual-studio")]
    public void A_tag_only_spelling_still_names_its_service_as_a_tag(string tag, string slug)
    {
        Assert.Equal(slug, Shipped.FindByTag(tag)?.Slug);
    }

    [Theory]
    [InlineData("Azure Functions scale to zero.", "functions")]
    [InlineData("Query logs in Azure Monitor.", "monitor")]
    [InlineData("Chat in Microsoft Teams.", "teams")]
    [InlineData("Load it into Microsoft Fabric.", "fabric")]
    [InlineData("Deploy from Microsoft Foundry.", "foundry")]
    [InlineData("Alerts in Microsoft Defender XDR.", "defender-xdr")]
    [InlineData("The Copilot coding agent opens a pull request.", "github-copilot")]
    [InlineData("Ask Microsoft 365 Copilot Chat.", "microsoft-365-copilot")]
    [InlineData("Load it into Fabric.", "fabric")]
    [InlineData("Build agents in Foundry.", "foundry")]
    [InlineData("Label data with Purview.", "purview")]
    public void The_qualified_name_is_a_mention(string text, string slug)
    {
        Assert.Equal([slug], Slugs(text));
    }

    [Theory]
    [InlineData("Models with larger Context Windows answer better.")]
    [InlineData("This post appeared first on \"The GitHub Blog\".")]
    [InlineData("Read more on the Microsoft Fabric Blog.")]
    [InlineData("Session recordings from .NET Conf are online.")]
    [InlineData("The .NET Foundation accepts the project.")]
    [InlineData("See Visual Studio Code Releases.")]
    [InlineData("Azure Service Fabric and a Data Fabric")]
    [InlineData("Deploy to Cloud Foundry.")]
    public void An_except_phrase_is_no_mention(string text)
    {
        Assert.Empty(Slugs(text));
    }

    [Fact]
    public void An_except_phrase_hides_only_itself()
    {
        Assert.Equal(["windows", "windows-11"], Slugs("Context Windows on Windows and Windows 11"));
    }

    [Theory]
    [InlineData("Azure Cognitive Search", "ai-search")]
    [InlineData("Azure AD", "entra-id")]
    [InlineData("Azure Active Directory", "entra-id")]
    [InlineData("Microsoft Entra", "entra-id")]
    [InlineData("Azure Kubernetes Service (AKS)", "aks")]
    [InlineData("AKS", "aks")]
    [InlineData("Azure AI Foundry", "foundry")]
    [InlineData(".NET Aspire", "aspire")]
    [InlineData("Azure Sentinel", "sentinel")]
    [InlineData("Azure Marketplace", "marketplace")]
    [InlineData("Microsoft Marketplace", "marketplace")]
    [InlineData("GitHub Copilot CLI", "github-copilot-cli")]
    [InlineData("Copilot CLI", "github-copilot-cli")]
    [InlineData("Azure OpenAI Service", "openai")]
    public void Renamed_and_short_names_are_aliases_in_tags_and_prose(string name, string slug)
    {
        Assert.Equal(slug, Shipped.FindByTag(name)?.Slug);
        Assert.Equal([slug], Slugs($"We use {name} today."));
    }

    [Theory]
    [InlineData("Build with C#/.NET and ASP.NET Core.", new[] { "csharp", "dotnet", "aspnet-core" })]
    [InlineData("Copilot Pro+ and Copilot Pro.", new[] { "github-copilot", "github-copilot" })]
    [InlineData("F# 10 ships with .NET 10.", new[] { "fsharp", "dotnet" })]
    [InlineData("AKSAutomatic, NuGetty and MyPowerShell are not names.", new string[0])]
    [InlineData("Azure Firewall Manager beside Azure Firewall", new[] { "firewall-manager", "firewall" })]
    public void Names_match_whole_words_and_the_longest_wins_even_with_punctuation_at_their_ends(string text, string[] slugs)
    {
        Assert.Equal(slugs, Slugs(text));
    }

    [Fact]
    public void A_name_spelled_another_case_is_no_mention()
    {
        Assert.Empty(Slugs("NPM and Npm, powershell and aks"));
        Assert.Equal(["npm", "powershell"], Slugs("npm and PowerShell"));
    }

    [Fact]
    public void A_trie_finds_each_position_once_and_reports_index_and_length()
    {
        var one = new Service("one", "Alpha Beta", "X", ["Alpha"], [], null);
        var matcher = new ServiceMatcher([one]);

        var mentions = matcher.Find("Alpha Beta, Alpha Betamax, Alpha.");

        Assert.Equal([(0, 10), (12, 5), (27, 5)], mentions.Select(m => (m.Index, m.Length)));
    }
}
