using StaticCatalog.Catalog;
using StaticCatalog.Changes;

namespace StaticCatalog.Tests.Changes;

/// <summary>
/// The repository's seed built as it is and as a pull request might change it, compared as
/// <c>build --compare-to</c> does: the report lists what the change did to the catalog, and nothing else.
/// </summary>
[Trait("Category", "Program")]
public sealed class SeedChangeReportTests : IDisposable
{
    private const string BaseUrl = "https://user.github.io/my-repo/";
    private const string SeedFile = "2025-12-01-azure-networking-latest-updates.md";
    private const string SeedPostUrl = BaseUrl + "posts/2025/12/azure-networking-latest-updates/";
    private const string SeedTitle = "Azure Networking: Latest Updates for Security, Reliability, and AI/ML Workloads";

    private static readonly string Seed = File.ReadAllText(Path.Combine(RepoPaths.Seeds, SeedFile));

    private readonly TempFolder _folder = new();

    /// <summary>The seed with Private Link Direct Connect out of preview and NAT Gateway V2 at 200 Gbps.</summary>
    private static string EditedSeed =>
        Edit(Edit(Seed, "private IP address (preview), supporting", "private IP address (generally available), supporting"),
            "NAT Gateway V2 offers 100 Gbps throughput", "NAT Gateway V2 offers 200 Gbps throughput");

    private static string FrontDoorPost => TestSite.Post(
        "Azure Front Door Rules Engine v2 is now generally available",
        date: "2025-12-10 09:00:00 +00:00",
        body: "Routing rules that match on headers, cookies and query strings.<!--excerpt_end-->\n\nRules run at the edge, before caching.");

    [Fact]
    public void An_edited_seed_and_a_new_post_are_reported_as_exactly_those_changes()
    {
        var before = Build("before", (SeedFile, Seed));
        var after = Build("after", (SeedFile, EditedSeed), ("2025-12-10-front-door-rules-engine.md", FrontDoorPost));

        var changes = CatalogComparer.Compare(before, after);

        Assert.Equal("1 new post, 1 new service, 1 new feature, 1 status change, 1 changed limit", ChangeReportRenderer.Summary(changes));
        var post = Assert.Single(changes.NewPosts);
        Assert.Equal("Azure Front Door Rules Engine v2 is now generally available", post.Title);
        Assert.Equal(BaseUrl + "posts/2025/12/azure-front-door-rules-engine-v2-is-now/", post.Url);
        Assert.Equal("front-door", Assert.Single(changes.NewServices).Id);
        var feature = Assert.Single(changes.NewFeatures);
        Assert.Equal(("Azure Front Door Rules Engine v2", ReleaseStatus.Ga), (feature.Name, feature.Status));
        var status = Assert.Single(changes.StatusChanges);
        Assert.Equal("Private Link Direct Connect", status.After.Name);
        Assert.Equal((ReleaseStatus.Preview, ReleaseStatus.Ga), (status.Before.Status, status.After.Status));
        var limit = Assert.Single(changes.ChangedLimits);
        Assert.Equal(("nat-gateway", "throughput"), (limit.After.ServiceId, limit.After.Metric));
        Assert.Equal((100_000_000_000m, 200_000_000_000m), (limit.Before.Normalized, limit.After.Normalized));

        var report = ChangeReportRenderer.Render(changes, "https://user.github.io/my-repo/catalog.json");
        var lines = report.Split('\n');
        Assert.Equal("# Catalog changes", lines[0]);
        Assert.Contains("Compared with https://user.github.io/my-repo/catalog.json: 1 new post, 1 new service, 1 new feature, 1 status change, 1 changed limit.", lines);
        Assert.Contains(lines, l => l.Contains($"[Azure Front Door Rules Engine v2 is now generally available]({post.Url})", StringComparison.Ordinal));
        Assert.Contains($"| Private Link Direct Connect | Azure Private Link | Preview → GA | [{SeedTitle}]({SeedPostUrl}#f-private-link-direct-connect) |", lines);
        Assert.Contains(lines, l => l.StartsWith("| Azure NAT Gateway | NAT Gateway V2 | throughput | 100 Gbps → 200 Gbps | 100,000,000,000 bit/s → 200,000,000,000 bit/s | ", StringComparison.Ordinal));
        Assert.Equal(["## New posts (1)", "## New services (1)", "## New features (1)", "## Status changes (1)", "## Changed limits (1)"],
            lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Undoing_the_change_reports_the_post_its_feature_and_its_figures_as_removed_or_changed_back()
    {
        var edited = Build("edited", (SeedFile, EditedSeed), ("2025-12-10-front-door-rules-engine.md", FrontDoorPost));
        var original = Build("original", (SeedFile, Seed));

        var changes = CatalogComparer.Compare(edited, original);

        Assert.Equal("1 removed post, 1 status change, 1 removed feature, 1 changed limit", ChangeReportRenderer.Summary(changes));
        Assert.Equal("2025-12-10-front-door-rules-engine.md", Assert.Single(changes.RemovedPosts).Source);
        Assert.Equal("Azure Front Door Rules Engine v2", Assert.Single(changes.RemovedFeatures).Name);
        var status = Assert.Single(changes.StatusChanges);
        Assert.Equal((ReleaseStatus.Ga, ReleaseStatus.Preview), (status.Before.Status, status.After.Status));
        var limit = Assert.Single(changes.ChangedLimits);
        Assert.Equal(("200 Gbps", "100 Gbps"), ($"{limit.Before.Value} {limit.Before.Unit}", $"{limit.After.Value} {limit.After.Unit}"));
    }

    [Fact]
    public void A_new_post_announcing_general_availability_is_a_status_change_of_the_feature_not_a_new_feature()
    {
        var before = Build("before", (SeedFile, Seed));
        var after = Build("after", (SeedFile, Seed), ("2026-01-15-nat-gateway-v2-ga.md", TestSite.Post(
            "NAT Gateway V2 is now generally available",
            date: "2026-01-15 09:00:00 +00:00",
            body: "Zone-redundant outbound connectivity for every region.<!--excerpt_end-->\n\nDeploy it from the portal or with Bicep.")));

        var changes = CatalogComparer.Compare(before, after);

        Assert.Equal("1 new post, 1 status change", ChangeReportRenderer.Summary(changes));
        var status = Assert.Single(changes.StatusChanges);
        Assert.Equal("NAT Gateway V2", status.After.Name);
        Assert.Equal((ReleaseStatus.Preview, ReleaseStatus.Ga), (status.Before.Status, status.After.Status));
        Assert.Equal("NAT Gateway V2 is now generally available", status.After.PostTitle);
    }

    [Fact]
    public void The_same_seed_built_twice_has_no_changes()
    {
        var first = Build("first", (SeedFile, Seed));
        var second = Build("second", (SeedFile, Seed));

        var changes = CatalogComparer.Compare(first, second);

        Assert.True(changes.IsEmpty);
        Assert.Equal("# Catalog changes\n\nNo changes to the catalog (compared with previous/catalog.json).\n",
            ChangeReportRenderer.Render(changes, "previous/catalog.json"));
    }

    [Fact]
    public void A_previous_catalog_that_cannot_be_read_gives_a_report_that_says_why_and_lists_nothing()
    {
        var current = Build("site", (SeedFile, Seed));
        var previous = PreviousCatalogReader.Read(_folder.Combine("no-such-site", "catalog.json"));

        var report = ChangeReportRenderer.Render(previous, current);

        Assert.StartsWith("# Catalog changes\n\nThe previous catalog could not be read from ", report);
        Assert.Contains("there is no such file", report);
        Assert.DoesNotContain("##", report);
        Assert.DoesNotContain(SeedTitle, report);
    }

    private CatalogSnapshot Build(string name, params (string File, string Text)[] seeds)
    {
        foreach (var (file, text) in seeds)
        {
            _folder.Write(Path.Combine(name, "seeds", file), text);
        }

        var result = TestSite.BuildWithRepositoryTheme(_folder.Combine(name, "seeds"), _folder.Combine(name, "site"), BaseUrl);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return CatalogSnapshotParser.Parse(File.ReadAllBytes(_folder.Combine(name, "site", "catalog.json")));
    }

    private static string Edit(string text, string from, string to)
    {
        Assert.Contains(from, text);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
