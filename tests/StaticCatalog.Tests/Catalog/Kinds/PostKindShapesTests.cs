using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Kinds;

namespace StaticCatalog.Tests.Catalog.Kinds;

/// <summary>Each rule of <see cref="PostKindShapes"/> holds for the shape it names and not just below it.</summary>
[Trait("Category", "Unit")]
public sealed class PostKindShapesTests
{
    private static readonly PostKindSignals Plain = new("T", "", "", "", "", "", StepHeadings: 0, CodeBlocks: 0, Versions: 0, StatusHeadings: 0, FirstPerson: 0, TitleStatus: false);

    public static readonly TheoryData<string, PostKindSignals, PostKindSignals> Cases = new()
    {
        { "two or more step-like headings", Plain with { StepHeadings = 2 }, Plain with { StepHeadings = 1 } },
        { "two or more code blocks", Plain with { CodeBlocks = 2 }, Plain with { CodeBlocks = 0 } },
        { "a code block", Plain with { CodeBlocks = 1 }, Plain with { CodeBlocks = 2 } },
        { "three or more version numbers", Plain with { Versions = 3 }, Plain with { Versions = 2 } },
        { "four or more headlined announcements", Plain with { StatusHeadings = 4 }, Plain with { StatusHeadings = 3 } },
        { "six or more bold-led product items across three or more sections", Plain with { ProductLeads = 6, ProductLeadSections = 3 }, Plain with { ProductLeads = 6, ProductLeadSections = 2 } },
        { "three or more first-person words", Plain with { FirstPerson = 3 }, Plain with { FirstPerson = 2 } },
        { "the title states a release status", Plain with { TitleStatus = true }, Plain },
        { "a video whose opening states a release status", Plain with { Feed = "GitHub YouTube videos", OpeningStatus = true }, Plain with { Feed = "The GitHub Blog news", OpeningStatus = true } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_holds_for_its_shape_only(string name, PostKindSignals holds, PostKindSignals not)
    {
        var rule = Assert.Single(PostKindShapes.All, r => r.Name == name);

        Assert.True(rule.Holds(holds));
        Assert.False(rule.Holds(not));
    }

    [Fact]
    public void Every_rule_has_a_case()
    {
        var named = Cases.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(PostKindShapes.All, rule => Assert.Contains(rule.Name, named));
    }
}
