using AngleSharp.Html.Parser;
using StaticCatalog.Checking;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Catalog.Insights;

/// <summary>
/// A small networking site whose posts plan, ship, walk back, retire and restate features and limits, read as a reader
/// and a maintainer meet it under /my-repo/: /insights/, planned against actual on a feature page, /retirements/ and
/// retirements.ics, limit histories on the limits index, and <c>check --catalog</c>. Every expected value is worked
/// out from the posts' words and dates, by hand.
/// </summary>
[Trait("Category", "Program")]
public sealed class CatalogInsightsSiteTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TestSite _site = new();

    public CatalogInsightsSiteTests()
    {
        Seed("2024-01-10-a", "NAT Gateway flow logs preview", "2024-01-10", "Azure NAT Gateway flow logs are now in public preview.");
        Seed("2024-02-01-b", "Private Link Direct Connect is coming later this year", "2024-02-01", "Private Link Direct Connect is coming later this year.");
        Seed("2024-03-01-c", "ExpressRoute Metro GA", "2024-03-01", "ExpressRoute Metro is now generally available.");
        Seed("2024-05-01-d", "ExpressRoute Metro preview in new regions", "2024-05-01", "ExpressRoute Metro is now in public preview.");
        Seed("2024-04-01-e", "Private Link Network Security Groups planned for Q3 2024", "2024-04-01", "Private Link Network Security Groups are planned for Q3 2024.");
        Seed("2024-11-05-f", "Private Link network security groups GA", "2024-11-05", "Private Link Network Security Groups are now generally available.");
        Seed("2025-06-01-g", "Azure NAT Gateway Basic SKU retirement", "2025-06-01", "The Azure NAT Gateway Basic SKU will be retired on September 30, 2025.");
        Seed("2024-06-03-h", "Private Link limits", "2024-06-03", "Azure Private Link supports up to 1,000 private endpoints per VNet.");
        Seed("2025-02-03-i", "Private Link raises its limits", "2025-02-03", "Azure Private Link raised the limit from 1,000 to 5,000 private endpoints per VNet.");
        Seed("2025-03-10-j", "ExpressRoute Global Reach limits", "2025-03-10", "ExpressRoute Global Reach supports up to 10 cross-peered VNets per circuit.");
        Seed("2025-03-10-k", "ExpressRoute Global Reach limits, again", "2025-03-10", "ExpressRoute Global Reach supports up to 20 cross-peered VNets per circuit.");
    }

    public void Dispose() => _site.Dispose();

    private void Seed(string file, string title, string date, string opening) =>
        _site.Seed($"{file}.md", TestSite.Post(title, date: $"{date} 10:00:00 +00:00", tags: "- Networking", body: $"{opening}\n<!--excerpt_end-->\n\nMore words about it."));

    private void Build(DateOnly? asOf = null)
    {
        var result = _site.Build("/my-repo/", asOf: asOf);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => Parser.ParseDocument(_site.Read(path));

    private List<(string Group, string Subject)> InsightsOnPage() => Page("insights/index.html")
        .QuerySelectorAll("section.insight-group")
        .SelectMany(g => g.QuerySelectorAll("li.insight").Select(li => (g.Id!, li.QuerySelector("a.feature-name")!.TextContent)))
        .ToList();

    [Fact]
    public void The_insights_page_counts_from_the_newest_post_and_lists_each_kind_with_its_evidence()
    {
        Build();
        var page = Page("insights/index.html");

        Assert.Equal("2025-06-01", page.QuerySelector(".lead time")?.GetAttribute("datetime"));
        var items = InsightsOnPage();
        // Flow logs: preview since 2024-01-10, 16 months before 2025-06-01. ExpressRoute Metro: back in preview since 2024-05-01.
        Assert.Contains(("stale-preview", "NAT Gateway flow logs"), items);
        Assert.Contains(("stale-preview", "ExpressRoute Metro"), items);
        Assert.Contains(("went-backwards", "ExpressRoute Metro"), items);
        // "later this year" in February 2024 is due 2024-12-31; nothing later says it shipped.
        Assert.Contains(("passed-target", "Private Link Direct Connect"), items);
        // 2025-09-30 is 121 days after 2025-06-01.
        Assert.Contains(("retirement-due", "Azure NAT Gateway Basic SKU"), items);
        // Two posts of 2025-03-10 give 10 and 20 cross-peered VNets.
        Assert.Contains(items, i => i.Group == "conflicting-values" && i.Subject.Contains("cross-peered VNets", StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.Subject.StartsWith("Private Link Network Security Groups", StringComparison.OrdinalIgnoreCase));

        var backwards = page.QuerySelectorAll("#went-backwards li.insight").Single();
        var evidence = backwards.QuerySelectorAll(".insight-evidence a").Select(a => a.GetAttribute("href")!.Split('#')[0]).ToList();
        Assert.Equal(["/my-repo/posts/2024/03/expressroute-metro-ga/", "/my-repo/posts/2024/05/expressroute-metro-preview-in-new/"], evidence);
        Assert.Contains("121 days after 1 June 2025", page.QuerySelector("#retirement-due li.insight")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_an_earlier_day_nothing_is_stale_passed_or_due_yet()
    {
        Build(new DateOnly(2024, 6, 1));
        var items = InsightsOnPage();

        Assert.Equal("2024-06-01", CatalogChecks.Catalog(_site.OutputDirectory)["insights"]!["as_of"]!.GetValue<string>());
        Assert.DoesNotContain(items, i => i.Group is "stale-preview" or "passed-target" or "retirement-due");
        Assert.Contains(("went-backwards", "ExpressRoute Metro"), items);
    }

    [Fact]
    public void A_plan_that_shipped_late_shows_by_how_many_days_on_the_feature_page()
    {
        Build();
        var plan = Page("features/private-link-group-network-security/index.html").QuerySelector("section.plan");

        Assert.NotNull(plan);
        // Q3 2024 ends 2024-09-30; GA was stated 2024-11-05: 36 days late.
        Assert.Equal("2024-09-30", plan.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Contains("Q3 2024", plan.TextContent, StringComparison.Ordinal);
        Assert.Contains("36 days late", plan.TextContent, StringComparison.Ordinal);
        var entity = CatalogChecks.Catalog(_site.OutputDirectory)["entities"]!.AsArray().Single(e => e!["id"]!.GetValue<string>() == "private-link-group-network-security")!;
        Assert.Equal(36, entity["plan"]!["slip_days"]!.GetValue<int>());
    }

    [Fact]
    public void The_retirements_page_and_calendar_list_the_dated_retirement()
    {
        Build();
        var due = Page("retirements/index.html").QuerySelectorAll("#due li.retirement").Single();

        Assert.Equal(("2025-09-30", "Azure NAT Gateway Basic SKU"), (due.GetAttribute("data-date"), due.QuerySelector("a.feature-name")?.TextContent));
        var calendar = _site.Read("retirements.ics");
        Assert.Contains("\r\nDTSTART;VALUE=DATE:20250930\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("\r\nSUMMARY:Retirement: Azure NAT Gateway Basic SKU\r\n", calendar, StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", calendar, StringComparison.Ordinal);
        Assert.DoesNotContain(SiteChecker.Check(_site.OutputDirectory).Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_raised_limit_shows_its_current_value_and_what_it_was_and_the_old_one_is_superseded()
    {
        Build();
        var rows = Page("limits/index.html").QuerySelectorAll("table.limits tbody tr").Where(r => r.GetAttribute("data-metric") == "private endpoints per VNet").ToList();

        var row = Assert.Single(rows);
        Assert.StartsWith("5,000", row.QuerySelector("td.num")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("was 1,000", row.QuerySelector(".limit-change")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", row.GetAttribute("data-changed"));

        Assert.Empty(CatalogChecks.SchemaViolations(_site.OutputDirectory));
        var limits = CatalogChecks.Catalog(_site.OutputDirectory)["limits"]!.AsArray()
            .Where(l => l!["metric"]!.GetValue<string>() == "private endpoints per VNet")
            .ToDictionary(l => l!["id"]!.GetValue<string>(), l => (Value: l!["value"]!.GetValue<decimal>(), By: l["superseded_by"]?.GetValue<string>()));
        var current = limits.Single(l => l.Value.By is null);
        Assert.Equal(5000m, current.Value.Value);
        Assert.Equal(2, limits.Count(l => l.Value.Value == 1000m && l.Value.By == current.Key));
        Assert.Contains("<title type=\"text\">Azure Private Link: private endpoints per VNet 1,000 → 5,000</title>", _site.Read("changes.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_catalog_reports_each_item_at_its_place_in_catalog_json_and_fails_only_when_strict()
    {
        Build();
        var items = CatalogChecks.Catalog(_site.OutputDirectory)["insights"]!["items"]!.AsArray().Count;

        var plain = SiteChecker.Check(_site.OutputDirectory, catalog: true);
        var report = plain.Diagnostics.Where(d => d.Code.StartsWith("SC9", StringComparison.Ordinal)).ToList();
        Assert.True(plain.Succeeded, string.Join("\n", plain.Diagnostics));
        Assert.Equal(items, report.Count);
        Assert.All(report, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(report, d => Assert.EndsWith("catalog.json", d.Path, StringComparison.Ordinal));
        Assert.All(report, d => Assert.True(d.Line > 1));
        Assert.Contains(report, d => d.Code == DiagnosticCodes.InsightRetirementDue && d.Message.Contains("Azure NAT Gateway Basic SKU", StringComparison.Ordinal));

        var strict = SiteChecker.Check(_site.OutputDirectory, catalog: true, strict: true);
        Assert.False(strict.Succeeded);
        Assert.Equal(items, strict.Diagnostics.Count(d => d.IsError && d.Code.StartsWith("SC9", StringComparison.Ordinal)));
        Assert.DoesNotContain(SiteChecker.Check(_site.OutputDirectory).Diagnostics, d => d.Code.StartsWith("SC9", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_seeds_give_the_same_report_and_calendar_byte_for_byte()
    {
        Build();
        var first = (_site.Read("catalog.json"), _site.Read("retirements.ics"), _site.Read("insights/index.html"));
        Build();

        Assert.Equal(first, (_site.Read("catalog.json"), _site.Read("retirements.ics"), _site.Read("insights/index.html")));
    }

    [Fact]
    public void A_calendar_a_reader_could_not_load_is_an_error_at_its_line()
    {
        Build();
        var path = Path.Combine(_site.OutputDirectory, "retirements.ics");
        var broken = File.ReadAllText(path).Replace("END:VEVENT\r\n", string.Empty, StringComparison.Ordinal)
            .Replace("TRANSP:TRANSPARENT", "DESCRIPTION:" + new string('x', 90), StringComparison.Ordinal);
        File.WriteAllText(path, broken);

        var errors = SiteChecker.Check(_site.OutputDirectory).Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidCalendar).ToList();
        Assert.Contains(errors, d => d.Message.Contains("is never ended", StringComparison.Ordinal) || d.Message.Contains("closes no BEGIN", StringComparison.Ordinal));
        Assert.Contains(errors, d => d.Message.Contains("octets long", StringComparison.Ordinal) && d.Line > 1);
    }
}
