using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Kinds;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;

namespace StaticCatalog.Tests.Catalog.Features;

/// <summary>The failure patterns, each on a short hand-made post read as the labelling guide says.</summary>
[Trait("Category", "Unit")]
public sealed class FeatureExtractionTests
{
    private static readonly ServiceTaxonomy Taxonomy = ServiceTaxonomyLoader.Load(RepoPaths.Input, new DiagnosticBag());
    private static readonly CatalogExtractor Extractor = new(Taxonomy);

    private static IReadOnlyList<CatalogFeature> Features(string title, string body, PostKind kind) =>
        Extractor.Extract(Markdig.Markdown.Parse(body, MarkdownPipelineFactory.Create()), title, [], null, CuratedCatalog.Empty, new PostOrigin(null, null, [], kind)).Features;

    [Fact]
    public void The_body_s_specific_status_beats_a_weak_now_available_in_the_title()
    {
        var features = Features("Contoso Widgets Now Available for Azure Users",
            "Contoso Widgets are now rolling out in public preview within Azure.\n\n## Details\n\nMore text.\n", PostKind.Announcement);

        var feature = Assert.Single(features, f => f.Name == "Contoso Widgets");
        Assert.Equal(ReleaseStatus.Preview, feature.Status);
    }

    [Fact]
    public void A_single_product_announcement_s_descriptive_bullets_are_not_features_unless_they_state_a_status()
    {
        var features = Features("General Availability of Contoso Confidential VMs", """
            Contoso Confidential VMs bring isolation to every workload.

            ## Key highlights

            - **Hardware-enforced isolation**: memory is encrypted.
            - **Cryptographic attestation**: prove what runs.
            - **Confidential GPUs**: now in public preview for selected regions.
            """, PostKind.Announcement);

        Assert.Equal(ReleaseStatus.Ga, Assert.Single(features, f => f.Name == "Contoso Confidential VMs").Status);
        Assert.Equal(ReleaseStatus.Preview, Assert.Single(features, f => f.Name == "Confidential GPUs").Status);
        Assert.DoesNotContain(features, f => f.Name is "Hardware-enforced isolation" or "Cryptographic attestation" or "Key highlights");
    }

    [Fact]
    public void A_bold_led_item_in_public_preview_under_a_heading_of_the_same_name_is_one_preview_feature()
    {
        var features = Features("What shipped this month", """
            ## Pod Sandboxing

            - **Pod Sandboxing**: now in public preview, isolating untrusted pods.
            """, PostKind.Other);

        Assert.Equal(ReleaseStatus.Preview, Assert.Single(features).Status);
    }

    [Fact]
    public void Products_announced_in_running_prose_are_found_each_with_their_status()
    {
        var features = Features("Model updates", """
            We have news for developers. Contoso Alpha, Contoso Beta-Max, and Contoso Gamma models are now in public preview. Contoso Delta is now generally available in all regions.
            """, PostKind.Announcement);

        Assert.Equal(["Contoso Alpha", "Contoso Beta-Max", "Contoso Gamma"], features.Where(f => f.Status == ReleaseStatus.Preview).Select(f => f.Name));
        Assert.Equal(ReleaseStatus.Ga, Assert.Single(features, f => f.Name == "Contoso Delta").Status);
    }

    [Fact]
    public void Items_under_a_what_s_next_heading_are_planned()
    {
        var features = Features("Contoso Studio update", """
            ## What's next

            - Offline mode
            - Team workspaces
            """, PostKind.Other);

        Assert.Equal(["Offline mode", "Team workspaces"], features.Select(f => f.Name));
        Assert.All(features, f => Assert.Equal(ReleaseStatus.Planned, f.Status));
    }

    [Fact]
    public void Section_headings_bylines_steps_and_the_restated_title_s_status_make_no_features()
    {
        var features = Features("Contoso Gateway is now generally available", """
            # Contoso Gateway is now generally available

            **Author:** Jane Doe

            ## Demo overview

            - **Why it matters**: it is fast.
            - **Configure Azure Firewall**: open the portal.

            ## How to try it

            - **Enterprise and Business:** admins enable the policy.
            """, PostKind.Announcement);

        Assert.Equal("Contoso Gateway", Assert.Single(features).Name);
    }

    [Fact]
    public void A_tutorial_s_headings_that_name_services_are_not_features_but_a_stated_status_is()
    {
        var features = Features("Build an agent on Azure App Service", """
            ## Option 1: Azure Container Apps

            Deploy the container.

            ## Azure Kubernetes Service (AKS)

            Create a cluster. Private networking for hosted agents is coming soon.

            - **Azure Functions**: runs the trigger.
            """, PostKind.Tutorial);

        Assert.DoesNotContain(features, f => f.Name.Contains("Container Apps", StringComparison.Ordinal) || f.Name == "Azure Functions" || f.Name.StartsWith("Azure Kubernetes", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_s_venues_dates_and_agenda_are_not_features()
    {
        var features = Features("Contoso Conf 2026", """
            ## Upcoming sessions

            - **November 18-21, 2026**: San Diego Convention Center
            - **10:30 AM PT** Keynote
            - **Agenda**: sessions on Azure Functions
            """, PostKind.Event);

        Assert.Equal([], features.Select(f => f.Name));
    }

    [Fact]
    public void Release_notes_yield_package_releases_with_their_version_and_status_but_not_link_labels()
    {
        var features = Features("Contoso SDK release (April)", """
            ## Release highlights

            ### Cosmos DB 4.79.0 (Java)

            Adds support for query advice.

            ### AI Agents 2.0.0 (Java)

            The library reaches general availability with version 2.0.0.

            ## Initial beta releases

            - **Client Libraries for .NET**
              - [Provisioning – Network 1.0.0-beta.1](https://example.com/p/1.0.0-beta.1)
            - Contoso.Storage 1.0.0-beta.2
            """, PostKind.ReleaseNotes);

        var cosmos = Assert.Single(features, f => f.Name == "Cosmos DB 4.79.0 (Java)");
        Assert.Equal(("4.79.0", ReleaseStatus.Ga), (cosmos.Version, cosmos.Status));
        Assert.Contains("cosmos-db", cosmos.Services);
        Assert.Equal(ReleaseStatus.Ga, Assert.Single(features, f => f.Version == "2.0.0").Status);
        var beta = Assert.Single(features, f => f.Name == "Contoso.Storage 1.0.0-beta.2");
        Assert.Equal(("1.0.0-beta.2", ReleaseStatus.Preview), (beta.Version, beta.Status));
        Assert.DoesNotContain(features, f => f.Name.Contains("Provisioning", StringComparison.Ordinal) || f.Name.Contains("Client Libraries", StringComparison.Ordinal));
    }

    [Fact]
    public void An_announcement_s_title_names_its_product_even_without_a_status()
    {
        var features = Features("Exploring Copilot Coding Agent: Beyond Code Suggestions", "The agent takes issues and opens pull requests.\n", PostKind.Announcement);

        var feature = Assert.Single(features);
        Assert.Equal(("Copilot Coding Agent", ReleaseStatus.Unknown), (feature.Name, feature.Status));
        Assert.True(feature.Confidence < 0.6);
    }

    [Fact]
    public void A_title_that_names_a_topic_and_no_status_is_no_feature()
    {
        // "Azure Networking: Latest Updates ..." (the seed) names a topic, not a product of the taxonomy.
        Assert.Empty(Features("Exploring Contoso Networking: Beyond Code Suggestions", "The team takes issues and opens pull requests.\n", PostKind.Announcement));
    }

    [Fact]
    public void A_title_that_announces_a_change_to_a_thing_names_it_without_a_status()
    {
        var features = Features("Contoso Changes Default Tab Size from Eight to Four Spaces", "Contoso has updated the default tab size for displaying code.\n", PostKind.Announcement);

        var feature = Assert.Single(features);
        Assert.Equal(("Default Tab Size from Eight to Four Spaces", ReleaseStatus.Unknown), (feature.Name, feature.Status));
    }

    [Fact]
    public void The_title_s_product_takes_the_status_of_an_opening_sentence_that_names_it_even_in_a_video_summary()
    {
        var body = """
            Contoso presents a new way to chat with Copilot.

            ## Overview

            The Contoso app for Slack now supports Contoso Copilot in every channel.
            """;

        var feature = Assert.Single(Features("Using Contoso Copilot Agent in Slack", body, PostKind.VideoSummary));
        Assert.Equal(("Contoso Copilot Agent in Slack", ReleaseStatus.Ga), (feature.Name, feature.Status));
    }

    [Fact]
    public void A_bold_led_item_s_status_is_its_own_not_the_title_s_product_s()
    {
        var body = """
            Contoso brings agents to modernization.

            - **Contoso migration agent (public preview)**: speeds up modernization on Contoso Cloud.
            """;

        Assert.DoesNotContain(Features("Scaling Modernization on Contoso Cloud", body, PostKind.VideoSummary), f => f.Name.StartsWith("Modernization", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tutorial_s_title_product_is_no_feature_even_when_its_opening_states_a_status()
    {
        var body = "Contoso Copilot Agent in Slack now supports every channel; this guide sets it up.\n";

        Assert.Empty(Features("Using Contoso Copilot Agent in Slack", body, PostKind.Tutorial));
    }

    [Fact]
    public void Confidence_follows_the_evidence()
    {
        var features = Features("Contoso update", """
            Contoso Lens is now generally available.

            ## Public preview

            - **Contoso Mirror**: reflects data across regions.
            """, PostKind.Announcement);

        var stated = Assert.Single(features, f => f.Name == "Contoso Lens");
        var inherited = Assert.Single(features, f => f.Name == "Contoso Mirror");
        Assert.Equal(ReleaseStatus.Preview, inherited.Status);
        Assert.True(stated.Confidence > inherited.Confidence);
        Assert.True(stated.StatusConfidence > inherited.StatusConfidence);
    }

    [Fact]
    public void Bullets_under_a_heading_that_names_one_thing_with_a_status_describe_it_and_are_no_features()
    {
        var features = Features("What is new in Contoso DB", """
            ### Auditing (Generally Available)

            - Compliance requirements
            - Investigating suspicious activity
            - YouTube demo: https://example.com/watch

            ### Manage mirroring (Preview)

            - Selectively manage which tables are mirrored.
            """, PostKind.Other);

        Assert.Equal(["Auditing"], features.Select(f => f.Name));
        Assert.Equal(ReleaseStatus.Ga, features[0].Status);
    }

    [Fact]
    public void A_byline_on_its_own_line_does_not_run_into_the_announced_name_and_a_place_does_not_make_a_second_feature()
    {
        var features = Features("Contoso Edits Now Available in Contoso Code", """
            **Author: Jane Doe**
            _Contoso Edits is now available in preview for all users._

            Contoso Edits in Contoso Code is now generally available for teams.
            """, PostKind.Announcement);

        Assert.Equal("Contoso Edits", Assert.Single(features).Name);
    }
}
