using System.Text.RegularExpressions;
using StaticCatalog.Catalog;
using StaticCatalog.Urls;
using YamlDotNet.RepresentationModel;

namespace StaticCatalog.Tests.Catalog;

/// <summary>
/// The shipped taxonomy against the tags of the whole corpus (all five feeds): every Microsoft or GitHub product
/// tagged in five or more posts is a service, and every other such tag is listed in <c>excluded_tags</c> with its reason.
/// </summary>
[Trait("Category", "Corpus")]
public sealed class ServiceTaxonomyCorpusTests
{
    private const int MinimumPosts = 5;

    /// <summary>
    /// Words that make a tag look like a Microsoft or GitHub product ("Azure ...", "... for GitHub", "Copilot ...").
    /// A tag with one of them in five posts must be a service or an excluded tag. Add a brand in one line.
    /// </summary>
    private static readonly string[] BrandWords =
    [
        "Azure", "Microsoft", "Msft", "M365", "GitHub", "Copilot", "Visual Studio", "VS Code", "VS", ".NET", "Dotnet",
        "ASP.NET", "C#", "F#", "TypeScript", "Fabric", "OneLake", "Power BI", "Power Apps", "Power Automate",
        "Power Platform", "Power Query", "Entra", "Defender", "Sentinel", "Purview", "Intune", "Windows", "Teams",
        "SharePoint", "OneDrive", "Office", "Excel", "Dynamics", "Foundry", "Bing", "Edge", "Xbox", "Codespaces",
        "Dependabot", "CodeQL", "NuGet",
    ];

    /// <summary>Products whose tags carry no brand word; each must stay a service (a tag, name or alias of one).</summary>
    private static readonly string[] UnbrandedProducts =
    [
        "AKS", "Bicep", "Blazor", "MAUI", "KQL", "Kusto", "DAX", "T SQL", "Power Query", "Semantic Kernel", "AutoGen",
        "Agent Framework", "AI Toolkit", "Playwright", "PowerShell", "MSBuild", "MSTest", "EF Core", "WPF", "WinForms",
        "XAML", "Aspire", "Winget", "WSL", "Hyper V", "npm", "Spec Kit", "Eventhouse", "Eventstream", "Lakehouse",
        "Dataflow Gen2", "Copy Job", "Mirroring", "Data Factory", "Warehouse", "Dataverse", "DiskANN", "ONNX Runtime",
        "SSMS", "MSAL", "SQL Server", "Logic Apps", "Service Bus", "Event Grid", "Key Vault", "App Service",
        "Container Apps", "Cosmos DB", "Private Link", "ExpressRoute", "VNet", "Application Insights", "Log Analytics",
        "Azd", "Conditional Access", "Managed Identity", "ARM Templates", "DefaultAzureCredential", "Actions",
        "Agent Mode", "Coding Agent", "Model Picker", "Premium Requests", "Secret Scanning", "Code Scanning",
        "Push Protection", "Advanced Hunting", "Sensitivity Labels", "SRE Agent", "Foundry Local", "Copilot", "VS",
    ];

    [CorpusFact]
    public void Every_Microsoft_or_GitHub_product_tagged_in_five_corpus_posts_is_a_service_or_an_excluded_tag()
    {
        var taxonomy = ServiceTaxonomyTests.Shipped();
        var brand = BrandPattern();

        var missing = CountTags()
            .Where(t => t.Posts >= MinimumPosts && brand.IsMatch(t.Spelling))
            .Where(t => taxonomy.FindByTag(t.Spelling) is null && taxonomy.FindExcludedTag(t.Spelling) is null)
            .Select(t => $"{t.Spelling} ({t.Posts} posts)")
            .ToList();

        Assert.True(missing.Count == 0,
            $"These tags look like Microsoft or GitHub products but name no service of input/services.yml; add each to a service (name, alias or tags) or to excluded_tags with its reason: {string.Join(", ", missing)}");
    }

    [CorpusFact]
    public void The_products_whose_tags_carry_no_brand_word_stay_services()
    {
        var taxonomy = ServiceTaxonomyTests.Shipped();
        var counts = CountTags().ToDictionary(t => Slugifier.Slugify(t.Spelling), StringComparer.Ordinal);

        var missing = UnbrandedProducts.Where(p => taxonomy.FindByTag(p) is null).ToList();

        Assert.Empty(missing);
        Assert.All(UnbrandedProducts, p => Assert.True(counts.TryGetValue(Slugifier.Slugify(p), out var tag) && tag.Posts >= MinimumPosts, $"'{p}' is no longer a tag of {MinimumPosts} posts; drop it from the list"));
    }

    [CorpusFact]
    public void The_topics_the_issue_names_are_excluded_tags_not_services()
    {
        var taxonomy = ServiceTaxonomyTests.Shipped();

        string[] topics = ["AI", "DevOps", "Security", "Cloud", "Machine Learning", "Azure", "Videos", "Python", "Kubernetes", "Docker", "Terraform", "Claude"];

        Assert.All(topics, t => Assert.Null(taxonomy.FindByTag(t)));
        Assert.All(topics, t => Assert.NotNull(taxonomy.FindExcludedTag(t)));
    }

    /// <summary>Each tag of the corpus (by slug, the most used spelling) with the number of posts that carry it.</summary>
    private static List<(string Spelling, int Posts)> CountTags()
    {
        var posts = new Dictionary<string, int>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.CorpusRoot, "*.md", SearchOption.AllDirectories))
        {
            foreach (var tag in TagsOf(File.ReadAllText(file)).DistinctBy(Slugifier.Slugify))
            {
                var slug = Slugifier.Slugify(tag);
                posts[slug] = posts.GetValueOrDefault(slug) + 1;
                var forms = spellings.TryGetValue(slug, out var known) ? known : spellings[slug] = new Dictionary<string, int>(StringComparer.Ordinal);
                forms[tag] = forms.GetValueOrDefault(tag) + 1;
            }
        }

        return posts
            .Select(p => (spellings[p.Key].OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key, p.Value))
            .OrderByDescending(t => t.Value)
            .ToList();
    }

    /// <summary>The <c>tags:</c> of a post's front matter, block or flow list, after a BOM and with CRLF lines.</summary>
    private static IEnumerable<string> TagsOf(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return [];
        }

        var frontMatter = string.Join('\n', lines.Skip(1).TakeWhile(l => l.TrimEnd() != "---"));
        var stream = new YamlStream();
        stream.Load(new StringReader(frontMatter));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("tags"), out var tags))
        {
            return [];
        }

        return tags switch
        {
            YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? string.Empty).Where(s => s.Length > 0).ToList(),
            YamlScalarNode { Value: { Length: > 0 } one } => [one.Trim()],
            _ => [],
        };
    }

    private static Regex BrandPattern() =>
        new($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', BrandWords.Select(Regex.Escape))})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
