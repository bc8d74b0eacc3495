using StaticCatalog.Catalog.Features;

namespace StaticCatalog.Tests.Catalog.Features;

[Trait("Category", "Unit")]
public sealed class AnnouncementTitlesTests
{
    [Theory]
    [InlineData("Copilot code review now generally available on GitHub Mobile", "", "https://example.com/a", 0.85)]
    [InlineData("Announcing TypeScript 5.9 Beta", "", "https://example.com/a", 0.85)]
    [InlineData("Introducing Azure Accelerate", "", "https://example.com/a", 0.8)]
    [InlineData("Reasoning Reimagined: Introducing Phi-4-mini-flash-reasoning", "", "https://example.com/a", 0.8)]
    [InlineData("Microsoft Expands Zero Trust Workshop", "", "https://example.com/a", 0.65)]
    [InlineData("Parse & Chunk with Metadata in Logic Apps", "New actions support metadata-driven chunking.", "https://example.com/a", 0.6)]
    [InlineData("Delegate tasks to Copilot coding agent from the GitHub MCP server", "", "https://github.blog/changelog/2025-07-09-delegate-tasks", 0.55)]
    [InlineData("How the .NET MAUI Team Uses GitHub Copilot for Productivity", "", "https://github.blog/changelog/x", 0)]
    [InlineData("Why I changed Cursor to Copilot", "", "https://example.com/a", 0)]
    [InlineData("Search any GitHub repo from agent?", "", "https://example.com/a", 0)]
    [InlineData("New e-book teaches how to build an AI-powered SOC", "", "https://example.com/a", 0)]
    [InlineData("Logic Apps Community Day 2025", "10 sessions and 4+ hours of content.", "https://aka.ms/day", 0)]
    // Digests, recaps and events are no product change even when they state a status or come from a changelog.
    [InlineData("Live AMA: Demystifying Azure Pricing (AM Session)", "", "https://example.com/a", 0)]
    [InlineData("Azure Update - 9th January 2026", "", "https://example.com/updates/x", 0)]
    [InlineData("Azure Update 3rd April 2026", "", "https://example.com/a", 0)]
    [InlineData(".NET Conf 2025 Recap: new releases now available", "", "https://example.com/a", 0)]
    [InlineData("Logic Apps Aviators Newsletter - January 2026", "", "https://example.com/a", 0)]
    public void Tells_announcements_from_stories(string title, string rest, string url, double confidence) =>
        Assert.Equal(confidence, AnnouncementTitles.Confidence(title, rest, url));

    [Theory]
    [InlineData("GitHub Changes Default Tab Size from Eight to Four Spaces", true)]
    [InlineData("Microsoft Updates React Native for Windows", true)]
    [InlineData("Introducing Sub-Issues: Enhancing Issue Management on GitHub", true)]
    [InlineData("Dependabot Adds Support for OpenTofu Dependency Updates", true)]
    [InlineData("Automate Repository Tasks with GitHub Agentic Workflows", false)]
    [InlineData("Azure Networking: Latest Updates for Security", false)]
    [InlineData("How GitHub Changes the Way Teams Review Code", false)]
    [InlineData("Copilot Changes everything?", false)]
    public void Tells_titles_that_announce_a_new_thing(string title, bool announces) =>
        Assert.Equal(announces, AnnouncementTitles.AnnouncesNewThing(title));

    [Fact]
    public void Every_row_is_pinned_by_its_example()
    {
        Assert.All(AnnouncementTitles.NotAnnouncements, row => Assert.Equal(0, AnnouncementTitles.Confidence(row.Example, "", "https://example.com/a")));
        Assert.All(AnnouncementTitles.Digests, row => Assert.Equal(0, AnnouncementTitles.Confidence(row.Example, "", "https://example.com/a")));
        Assert.All(AnnouncementTitles.Announcements, row => Assert.Equal(row.Confidence, AnnouncementTitles.Confidence(row.Example, "", "https://example.com/a")));
    }
}
