using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Kinds;
using static StaticCatalog.Catalog.Kinds.PostKindCueField;

namespace StaticCatalog.Tests.Catalog.Kinds;

/// <summary>
/// Each line of <see cref="PostKindCues"/> is pinned by an example text it must match (and a few it must not). A new
/// cue needs a new example here: <see cref="Every_cue_is_pinned_by_an_example"/> fails until it has one.
/// </summary>
[Trait("Category", "Unit")]
public sealed class PostKindCuesTests
{
    /// <summary>One example per cue: where it is, the text, and the kind a cue of that field must give it.</summary>
    public static readonly TheoryData<PostKindCueField, string, PostKind> Examples = new()
    {
        { Title, "Azure Weekly Update: 5 December 2025", PostKind.Roundup },
        { Title, "Azure Networking: Latest Updates for Security, Reliability, and AI/ML Workloads", PostKind.Roundup },
        { Feed, "TechHub roundups", PostKind.Roundup },
        { Tags, "AI\nGitHub Copilot\nRoundups\nai", PostKind.Roundup },
        { Lead, "In this RSAC 2026 roundup, the author summarizes Microsoft's news.", PostKind.Roundup },
        { Lead, "Nick Brady summarizes the latest Foundry updates, from agents to models.", PostKind.Roundup },
        { Title, "Azure SDK Release (April 2026)", PostKind.ReleaseNotes },
        { Feed, "Visual Studio Code Releases news", PostKind.ReleaseNotes },
        { Lead, "The team ships version 2.4.1 of the CLI with fixes.", PostKind.ReleaseNotes },
        { Headings, "Bug fixes\nBreaking changes", PostKind.ReleaseNotes },
        { Title, "Developer-Focused Azure AI Foundry Sessions at Microsoft Ignite 2025", PostKind.Event },
        { Lead, "Join us for a free webinar on agents; seats are limited.", PostKind.Event },
        { Headings, "Agenda\nPlan your Ignite experience", PostKind.Event },
        { Body, "Register now to save your seat at the venue.", PostKind.Event },
        { Title, "How to Deploy a Container App: A Step-by-Step Guide", PostKind.Tutorial },
        { Title, "Configuring Microsoft.Extensions.AI with Multiple Providers", PostKind.Tutorial },
        { Title, "Build a RAG app with Azure AI Search", PostKind.Tutorial },
        { Lead, "Pamela Fox walks you through how to red-team a RAG app.", PostKind.Tutorial },
        { Headings, "Prerequisites\nStep 1: Install the CLI", PostKind.Tutorial },
        { Body, "Run the following command, then navigate to the portal.", PostKind.Tutorial },
        { Title, "Vibe Coding vs. Spec-Driven Development: Finding Balance in the AI Era", PostKind.Opinion },
        { Title, "Can the Solution Architect Role Be Replaced by AI?", PostKind.Opinion },
        { Lead, "Alan Shimel analyzes the 2025 DORA report and argues that speed is not enough.", PostKind.Opinion },
        { Headings, "Final thoughts\nLooking ahead", PostKind.Opinion },
        { Title, "How Contoso cut build times with GitHub Actions: a case study", PostKind.CaseStudy },
        { Lead, "Microsoft partnered with the ministry to bring AI to job seekers.", PostKind.CaseStudy },
        { Headings, "The challenge\nThe solution\nResults", PostKind.CaseStudy },
        { Feed, "GitHub YouTube videos", PostKind.VideoSummary },
        { Title, "ASP.NET Community Standup: What's Next for Orleans?", PostKind.VideoSummary },
        { Lead, "Thomas Maurer shares a conversation with a product manager about benchmarks.", PostKind.VideoSummary },
        { Headings, "Chapters\nAbout the speaker", PostKind.VideoSummary },
        { Title, "Announcing Azure Copilot Agents", PostKind.Announcement },
        { Lead, "GitHub announces that Copilot code review is now available on mobile.", PostKind.Announcement },
        { Lead, "Allison shares how new GitHub features integrate with Defender for Cloud.", PostKind.Announcement },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_matches_a_cue_of_its_field_and_kind(PostKindCueField field, string text, PostKind kind)
    {
        Assert.Contains(PostKindCues.All, cue => cue.Field == field && cue.Kind == kind && cue.Hits(text) > 0);
    }

    [Fact]
    public void Every_cue_is_pinned_by_an_example()
    {
        var examples = Examples.Select(row => ((PostKindCueField)row[0], (string)row[1], (PostKind)row[2])).ToList();
        Assert.All(PostKindCues.All, cue => Assert.True(
            examples.Any(e => e.Item1 == cue.Field && e.Item3 == cue.Kind && cue.Hits(e.Item2) > 0),
            $"no example in PostKindCuesTests.Examples matches the {cue.Field} cue '{cue.Words}' ({PostKindNames.Id(cue.Kind)})"));
    }

    [Theory]
    [InlineData(Title, "OpenAI's GPT-5.1 Family Now Available for GitHub Copilot Users", PostKind.ReleaseNotes)] // a model's name, not a version
    [InlineData(Title, "Gemini 2.5 Pro is generally available", PostKind.ReleaseNotes)]
    [InlineData(Lead, "Reenu Saluja explains how the hosting options differ.", PostKind.Tutorial)] // explaining how something works is no how-to
    [InlineData(Title, "Scaling Modernization on Azure with Agentic AI Tools", PostKind.Tutorial)]
    [InlineData(Lead, "Microsoft Developer presents the new tools in a short demo.", PostKind.VideoSummary)] // every video summary says so
    public void Words_that_do_not_speak_for_a_kind_do_not_match(PostKindCueField field, string text, PostKind kind)
    {
        Assert.DoesNotContain(PostKindCues.All, cue => cue.Field == field && cue.Kind == kind && cue.Hits(text) > 0);
    }

    [Fact]
    public void A_cue_counts_once_in_a_title_and_at_most_three_times_in_the_body()
    {
        var title = PostKindCues.All.First(c => c.Field == Title && c.Kind == PostKind.Roundup);
        var body = PostKindCues.All.First(c => c.Field == Body && c.Kind == PostKind.Event);

        Assert.Equal(1, title.Hits("Weekly roundup: the weekly digest"));
        Assert.Equal(PostKindCue.MaxHits, body.Hits("agenda\nvenue\nbooth\nRSVP\nattendees"));
    }
}
