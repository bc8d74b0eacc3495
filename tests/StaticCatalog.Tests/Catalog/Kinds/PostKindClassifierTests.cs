using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Kinds;
using StaticCatalog.Markdown;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Catalog.Kinds;

/// <summary>Whole posts as the parser reads them (title, feed folder, body): the kind their cues add up to, the defaults, and the front matter's <c>kind:</c>.</summary>
[Trait("Category", "Unit")]
public sealed class PostKindClassifierTests
{
    private static readonly PostParser Parser = new(MarkdownPipelineFactory.Create());

    private static PostKind KindOf(string title, string body, string path = "news/post.md", string frontMatter = "")
    {
        var text = $"---\ntitle: '{title}'\ndate: 2025-12-01\n{frontMatter}---\n{body}\n";
        var result = Parser.Parse(new SourceFile("seeds/" + path, path, text));
        Assert.True(result.Post is not null, string.Join("\n", result.Diagnostics));
        return result.Post!.Catalog.Kind;
    }

    [Fact]
    public void A_post_in_the_roundups_folder_is_a_roundup()
    {
        Assert.Equal(PostKind.Roundup, KindOf("Weekly AI and Tech News Roundup", "This week in AI.", "roundups/2025-07-14-weekly.md"));
    }

    [Fact]
    public void Bold_led_products_in_several_sections_make_an_announcing_title_a_roundup()
    {
        var body = "Jeremy Winter introduces the latest Azure agents.\n\n"
            + "## AI Infrastructure\n\n- **Fairwater Datacenter**: The most powerful AI datacenter to date, with liquid cooling.\n- **AI WAN**: High-speed networking linking sites for distributed training.\n\n"
            + "## Apps and Data\n\n- **Azure Boost**: Offloads worker processes for greater disk throughput.\n- **App Service Managed Instance**: Migrates existing .NET apps without refactoring.\n\n"
            + "## Security\n\n- **Azure Bastion Secure by Default**: Automatic hardening for VM remote access.\n- **Network Security Perimeter**: Centralized firewall for secure PaaS access.\n";
        Assert.Equal(PostKind.Roundup, KindOf("Announcing Azure Copilot Agents and AI Infrastructure Innovations", body));
    }

    [Fact]
    public void Bold_led_fields_of_one_product_leave_an_announcement_one()
    {
        // Field labels are no products, and one section is no digest.
        var body = "Azure Boost is now generally available.\n\n## Details\n\n- **Purpose**: Offloads worker processes for greater disk throughput.\n- **Benefits**: Up to 20 GB/s of managed disk throughput.\n- **Availability**: All regions that offer the Ebsv5 series of virtual machines.\n";
        Assert.Equal(PostKind.Announcement, KindOf("Azure Boost is now generally available", body));
    }

    [Fact]
    public void Numbered_steps_and_code_make_a_tutorial()
    {
        var body = "A walkthrough.\n\n## Prerequisites\n\nAn account.\n\n## Step 1: Install the CLI\n\n```bash\nnpm i -g x\n```\n\n## Step 2: Deploy the app\n\n```bash\nx deploy\n```\n";
        Assert.Equal(PostKind.Tutorial, KindOf("Container apps from scratch", body, "blogs/post.md"));
    }

    [Fact]
    public void Many_version_numbers_make_release_notes()
    {
        var body = "Highlights of this month's packages.\n\n- Azure.Core 1.44.0\n- Azure.Identity 1.13.1\n- Azure.Storage.Blobs 12.23.0-beta.1\n";
        Assert.Equal(PostKind.ReleaseNotes, KindOf("Azure SDK Release (April 2026)", body));
    }

    [Fact]
    public void A_post_of_the_videos_folder_is_a_video_summary_unless_another_kind_is_clear()
    {
        Assert.Equal(PostKind.VideoSummary, KindOf("Blazor Community Standup: virtualization", "The team presents what is new.", "videos/post.md"));
        Assert.Equal(PostKind.Tutorial, KindOf("How to build an agent: a step-by-step guide", "April walks you through how to build an agent.", "videos/post.md"));
    }

    [Fact]
    public void A_post_announcing_one_thing_with_a_status_is_an_announcement()
    {
        Assert.Equal(PostKind.Announcement, KindOf("Ephemeral OS Disk Support Now in Public Preview on Azure Virtual Desktop", "Hosts can now use ephemeral disks."));
    }

    [Fact]
    public void A_post_with_no_cue_is_other()
    {
        Assert.Equal(PostKind.Other, KindOf("Microsoft Defender Leads the Endpoint Security Market", "An analyst firm ranked the product first."));
    }

    [Fact]
    public void The_front_matter_kind_overrides_the_classifier()
    {
        Assert.Equal(PostKind.CaseStudy, KindOf("Weekly AI and Tech News Roundup", "This week in AI.", "roundups/x.md", "kind: case-study\n"));
    }

    [Fact]
    public void An_unknown_front_matter_kind_is_an_error_at_its_value_naming_the_kinds()
    {
        var text = "---\ntitle: T\ndate: 2025-12-01\nkind: blog\n---\nBody\n";
        var result = Parser.Parse(new SourceFile("seeds/post.md", "post.md", text));

        Assert.Null(result.Post);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("SC1014", 4, 7), (error.Code, error.Line, error.Column));
        Assert.Contains("unknown kind 'blog': use one of announcement, roundup, release-notes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_lists_the_cues_that_made_the_winner()
    {
        var signals = PostKindClassifier.Signals("Azure Weekly Update", "TechHub roundups", [], [], codeBlocks: 0);
        var (kind, score, reasons) = PostKindClassifier.Explain(signals)[0];

        Assert.Equal(PostKind.Roundup, kind);
        Assert.Equal(7, score);
        Assert.Equal(2, reasons.Count);
    }

    [Theory]
    [InlineData("news/2025-12-01-x.md", "news")]
    [InlineData("x.md", null)]
    public void The_folder_is_the_first_segment_of_the_path(string path, string? folder)
    {
        Assert.Equal(folder, PostOrigin.FolderOf(path));
    }
}
