using StaticCatalog.Catalog;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Catalog;

[Trait("Category", "Unit")]
public sealed class ServiceTaxonomyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    internal static ServiceTaxonomy Shipped()
    {
        var diagnostics = new DiagnosticBag();
        var taxonomy = ServiceTaxonomyLoader.Load(RepoPaths.Input, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return taxonomy;
    }

    [Theory]
    [InlineData("Application Gateway")]
    [InlineData("Azure Bastion")]
    [InlineData("Azure DDoS Protection")]
    [InlineData("Azure DNS")]
    [InlineData("Azure ExpressRoute")]
    [InlineData("Azure Firewall")]
    [InlineData("Azure Firewall Manager")]
    [InlineData("Azure Front Door")]
    [InlineData("Azure NAT Gateway")]
    [InlineData("Azure Private Link")]
    [InlineData("Azure Route Server")]
    [InlineData("Azure Virtual Network Manager")]
    [InlineData("Content Delivery Network")]
    [InlineData("Load Balancer")]
    [InlineData("Network Watcher")]
    [InlineData("Traffic Manager")]
    [InlineData("Virtual Network")]
    [InlineData("Virtual WAN")]
    [InlineData("VPN Gateway")]
    [InlineData("Web Application Firewall")]
    [InlineData("AKS")]
    public void The_shipped_taxonomy_covers_the_networking_filter_and_AKS(string product)
    {
        var service = Shipped().FindByTag(product);

        Assert.NotNull(service);
    }

    [Fact]
    public void The_longest_name_wins_and_names_match_whole_words_only()
    {
        var matcher = Shipped().Matcher;

        var mentions = matcher.Find("Use Azure Firewall Manager with Azure Firewall; a firewall and a load balancer are generic; NAT Gatewayish is not a name.");

        Assert.Equal(["firewall-manager", "firewall"], mentions.Select(m => m.Service.Slug));
    }

    [Fact]
    public void Tags_match_by_slug_so_case_does_not_matter()
    {
        var taxonomy = Shipped();

        Assert.Equal("nat-gateway", taxonomy.FindByTag("nat gateway v2")?.Slug);
        Assert.Equal("postgresql", taxonomy.FindByTag("Azure Database For PostgreSQL")?.Slug);
    }

    [Theory]
    [InlineData("services:\n  - slug: a\n    name: A\n    category: Networking\n    colour: red\n", 5, "unknown key 'colour'")]
    [InlineData("services:\n  - slug: a\n    name: A\n    category: Networking\n  - slug: b\n    name: B\n    category: Networking\n    aliases: [A]\n", 5, "given to both 'a' and 'b'")]
    [InlineData("services:\n  - slug: Not A Slug\n    name: A\n    category: Networking\n", 2, "not URL-safe")]
    [InlineData("categories: [Networking]\nservices:\n  - slug: a\n    name: A\n    category: Cooking\n", 5, "not in 'categories'")]
    [InlineData("services:\n  - slug: a\n    category: Networking\n", 2, "needs a slug, a name and a category")]
    [InlineData("services:\n  - slug: a\n    name: Alpha\n    category: Networking\n    except: [Beta Gamma]\n", 5, "holds none of the names of 'a'")]
    [InlineData("services:\n  - slug: a\n    name: Alpha\n    category: Networking\nexcluded_tags:\n  topic: [AI, alpha]\n", 6, "the excluded tag 'alpha' names the service 'a'")]
    [InlineData("excluded_tags: [AI]\n", 1, "must map a reason to a list of tags")]
    [InlineData("services:\n  - slug: a\n    name: Alpha\n    category: Networking\n    part_of: nowhere\n", 5, "'a' is part_of 'nowhere', which is no service's slug")]
    [InlineData("services:\n  - slug: a\n    name: Alpha\n    category: Networking\n    part_of: a\n", 5, "the part_of chain from 'a' loops")]
    [InlineData("services:\n  - slug: a\n    name: Alpha\n    category: Networking\n    renamed_features: [{name: Alpha Sky}]\n", 5, "must be {name: New name, formerly: Old name}")]
    [InlineData("services:\n  - slug: a\n    name: Alpha\n    category: Networking\n    renamed_features: [{name: Alpha Sky, formerly: alpha sky}]\n", 5, "two different names")]
    [InlineData("services:\n  - slug: a\n    name: Alpha\n    category: Networking\n    renamed_features: Alpha Sky\n", 5, "'renamed_features' must be a list")]
    public void A_bad_taxonomy_is_reported_at_its_line(string yaml, int line, string message)
    {
        File.WriteAllText(_folder.Combine(ServiceTaxonomyLoader.FileName), yaml);
        var diagnostics = new DiagnosticBag();

        var taxonomy = ServiceTaxonomyLoader.Load(_folder.Path, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.InvalidServices, error.Code);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(taxonomy.Services);
    }

    [Fact]
    public void Renamed_features_are_read_with_the_name_today_and_the_former_name()
    {
        File.WriteAllText(_folder.Combine(ServiceTaxonomyLoader.FileName),
            "services:\n  - slug: a\n    name: Alpha\n    category: Networking\n    renamed_features:\n      - {name: Alpha Sky lanes, formerly: Alpha cloud lanes}\n");
        var diagnostics = new DiagnosticBag();

        var taxonomy = ServiceTaxonomyLoader.Load(_folder.Path, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal([new FeatureRename("Alpha Sky lanes", "Alpha cloud lanes")], taxonomy.Find("a")!.RenamedFeatures);
    }

    [Fact]
    public void Excluded_tags_are_read_with_their_reason_and_compared_by_slug()
    {
        File.WriteAllText(_folder.Combine(ServiceTaxonomyLoader.FileName), "services:\n  - slug: a\n    name: Alpha\n    category: Networking\nexcluded_tags:\n  topic: [AI, Machine Learning]\n  event: [Microsoft Ignite]\n");
        var diagnostics = new DiagnosticBag();

        var taxonomy = ServiceTaxonomyLoader.Load(_folder.Path, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(new ExcludedTag("Machine Learning", "topic"), taxonomy.FindExcludedTag("machine-learning"));
        Assert.Equal("event", taxonomy.FindExcludedTag("MICROSOFT IGNITE")?.Reason);
        Assert.Null(taxonomy.FindExcludedTag("Alpha"));
    }

    [Fact]
    public void A_part_knows_its_wholes_nearest_first_and_a_loop_between_two_services_is_reported_at_both()
    {
        File.WriteAllText(_folder.Combine(ServiceTaxonomyLoader.FileName),
            "services:\n  - slug: a\n    name: Alpha\n    category: Networking\n  - slug: b\n    name: Beta\n    category: Networking\n    part_of: a\n"
            + "  - slug: c\n    name: Gamma\n    category: Networking\n    part_of: b\n");
        var diagnostics = new DiagnosticBag();

        var taxonomy = ServiceTaxonomyLoader.Load(_folder.Path, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["b", "a"], taxonomy.Find("c")!.Wholes);
        Assert.Empty(taxonomy.Find("a")!.Wholes);

        File.WriteAllText(_folder.Combine(ServiceTaxonomyLoader.FileName),
            "services:\n  - slug: a\n    name: Alpha\n    category: Networking\n    part_of: b\n  - slug: b\n    name: Beta\n    category: Networking\n    part_of: a\n");
        var loop = new DiagnosticBag();

        ServiceTaxonomyLoader.Load(_folder.Path, loop);

        Assert.Equal([5, 9], loop.ToSortedList().Select(d => d.Line));
        Assert.All(loop.ToSortedList(), d => Assert.Contains("part_of chain", d.Message, StringComparison.Ordinal));
    }
}
