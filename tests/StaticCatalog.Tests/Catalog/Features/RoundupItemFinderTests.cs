using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Features;

namespace StaticCatalog.Tests.Catalog.Features;

[Trait("Category", "Unit")]
public sealed class RoundupItemFinderTests
{
    private static RoundupItem Only(RoundupItems items, string name) => Assert.Single(items.Items, i => i.Name == name);

    [Fact]
    public void Bold_led_items_are_one_feature_each_with_the_status_and_product_of_their_own_text()
    {
        var items = RoundupTestPosts.Items("""
            ## Secure your network
            Microsoft groups its updates around three themes.

            - **Private Link Direct Connect**: connects private endpoints across tenants. *(Preview.)*
            - **NAT Gateway V2**: zone-redundant outbound connectivity. *(Generally available now.)*
            - **ExpressRoute resiliency insights**: a score for each circuit.
            """);

        Assert.Equal(["Private Link Direct Connect", "NAT Gateway V2", "ExpressRoute resiliency insights"], items.Items.Select(i => i.Name));
        var directConnect = Only(items, "Private Link Direct Connect");
        Assert.Equal(ReleaseStatus.Preview, directConnect.Status);
        Assert.Equal(["private-link"], directConnect.Services);
        Assert.Equal(RoundupItemShape.BoldLead, directConnect.Shape);
        Assert.Equal(0.9, directConnect.Confidence);
        Assert.Equal(0.9, directConnect.StatusConfidence);
        Assert.Equal(ReleaseStatus.Ga, Only(items, "NAT Gateway V2").Status);
        Assert.Equal(["nat-gateway"], Only(items, "NAT Gateway V2").Services);

        // No cue in the item: unknown, and sure of it; the item is a product change by its shape only.
        var insights = Only(items, "ExpressRoute resiliency insights");
        Assert.Equal(ReleaseStatus.Unknown, insights.Status);
        Assert.Equal(1.0, insights.StatusConfidence);
        Assert.Equal(0.75, insights.Confidence);
        Assert.Equal(["expressroute"], insights.Services);
    }

    [Fact]
    public void A_product_named_again_with_its_sku_tier_is_the_same_item()
    {
        var items = RoundupTestPosts.Items("""
            ## Resilience

            - **NAT Gateway V2** (public preview): zone redundant outbound connectivity.
            - Standard NAT Gateway V2 offers 100 Gbps throughput and 10 million packets per second.
            - **Premium Ingress** (generally available): a dedicated ingress tier.
            """);

        Assert.Equal(["NAT Gateway V2", "Premium Ingress"], items.Items.Select(i => i.Name));
        Assert.Equal(ReleaseStatus.Preview, items.Items[0].Status);
    }

    [Fact]
    public void Two_sku_tiers_of_one_product_are_two_items_with_their_own_status()
    {
        var items = RoundupTestPosts.Items("""
            ## Networking

            - **Basic Load Balancer** (retired): move to a Standard SKU.
            - **Standard Load Balancer** (generally available): zone redundant by default.
            """);

        Assert.Equal(["Basic Load Balancer", "Standard Load Balancer"], items.Items.Select(i => i.Name));
        Assert.Equal([ReleaseStatus.Retired, ReleaseStatus.Ga], items.Items.Select(i => i.Status));
    }

    [Fact]
    public void A_linked_item_takes_status_and_product_from_the_sentences_that_go_on_about_it_and_is_found_by_its_first_two_words()
    {
        var items = RoundupTestPosts.Items("""
            ## This Week's Overview

            - [AI](#ai)
              - [Edge Reasoning and Research Agents](#edge-reasoning-and-research-agents)

            ## AI

            ### Edge Reasoning and Research Agents

            Microsoft's Phi-4-mini-flash-reasoning marks a leap for edge AI with a hybrid architecture. It beats older Phi versions with far lower latency, now live in Azure AI Foundry. Teams also shared migration tips, now in public preview in many forms.

            Azure AI Foundry's Deep Research Agent Service (public preview) enables programmable research agents.

            - [Reasoning Reimagined: Introducing Phi-4-mini-flash-reasoning for Efficient Edge AI](https://azure.microsoft.com/en-us/blog/phi/)
            - [Introducing Deep Research in Azure AI Foundry Agent Service](https://azure.microsoft.com/en-us/blog/deep-research/)
            """);

        var phi = Only(items, "Phi-4-mini-flash-reasoning for Efficient Edge AI");
        Assert.Equal(ReleaseStatus.Ga, phi.Status);
        Assert.Equal(["foundry"], phi.Services);
        Assert.Equal(ReleaseStatus.Preview, Only(items, "Deep Research in Azure AI Foundry Agent Service").Status);
    }

    [Fact]
    public void Weekly_theme_headings_are_no_features_and_their_linked_announcements_are_with_the_status_the_section_text_gives()
    {
        var items = RoundupTestPosts.Items("""
            ## This Week's Overview

            - [Azure](#azure)
              - [Networking, Security, and Migration Updates](#networking-security-and-migration-updates)

            ## Azure

            ### Networking, Security, and Migration Updates

            Azure NAT Gateway V2 is now generally available with zone redundancy. Teams also shared migration tips.
            MAI-Image-2-Efficient is now available in Microsoft Foundry without a waitlist.

            - [Announcing Azure NAT Gateway V2](https://azure.microsoft.com/en-us/blog/nat-gateway-v2/)
            - [MAI-Image-2-Efficient in Microsoft Foundry: flagship quality at lower cost](https://microsoft.ai/news/mai-image-2-efficient/)
            - [How we moved our team to AKS](https://example.com/aks-story)
            - [Private Link Direct Connect now in public preview](https://azure.microsoft.com/en-us/updates/direct-connect)
            """);

        Assert.Equal(["Azure NAT Gateway V2", "MAI-Image-2-Efficient in Microsoft Foundry", "Private Link Direct Connect"], items.Items.Select(i => i.Name));
        var image = items.Items[1];
        Assert.Equal(ReleaseStatus.Ga, image.Status);
        Assert.Equal(["foundry"], image.Services);
        Assert.Equal(0.6, image.Confidence);
        var natGateway = Only(items, "Azure NAT Gateway V2");
        Assert.Equal(ReleaseStatus.Ga, natGateway.Status);
        Assert.Equal(["nat-gateway"], natGateway.Services);
        Assert.Equal(RoundupItemShape.LinkedTitle, natGateway.Shape);
        Assert.Equal(ReleaseStatus.Preview, Only(items, "Private Link Direct Connect").Status);
    }

    [Fact]
    public void A_heading_that_states_a_status_gives_it_to_the_items_under_it_and_the_post_title_never_does()
    {
        var items = RoundupTestPosts.Items("""
            ## Generally available

            - **Key Vault Managed HSM keys**: keys held in hardware security modules.

            ## Upcoming features

            - **ExpressRoute 400G**: multi-terabit dedicated connections.

            ## Other updates

            - **AKS node auto-repair**: repairs nodes without a restart.
            """, title: "Azure roundup: everything generally available this month");

        Assert.Equal(ReleaseStatus.Ga, Only(items, "Key Vault Managed HSM keys").Status);
        Assert.Equal(0.7, Only(items, "Key Vault Managed HSM keys").StatusConfidence);
        Assert.Equal(ReleaseStatus.Planned, Only(items, "ExpressRoute 400G").Status);
        Assert.Equal(ReleaseStatus.Unknown, Only(items, "AKS node auto-repair").Status);
        Assert.DoesNotContain(items.Items, i => i.Name is "Generally available" or "Upcoming features" or "Other updates");
    }

    [Fact]
    public void An_item_naming_two_products_belongs_to_the_one_it_is_about_and_to_products_joined_to_it()
    {
        var items = RoundupTestPosts.Items("""
            ## Security
            - **Web Application Firewall for AKS**: WAF rules for ingress on AKS clusters.
            - **Private Link and ExpressRoute failover**: paired failover across both.
            """);

        Assert.Equal(["web-application-firewall"], Only(items, "Web Application Firewall for AKS").Services);
        Assert.Equal(["private-link", "expressroute"], Only(items, "Private Link and ExpressRoute failover").Services);
    }

    [Fact]
    public void A_product_named_only_as_a_dependency_is_not_the_items()
    {
        var items = RoundupTestPosts.Items("""
            ## Security and isolation

            ### Workspace Private Link Support (Preview)

            - Secures pipelines and copy jobs via Private Link.

            ### Azure Key Vault Integration (Generally Available)

            - Keeps connection secrets in one place.

            ## Microsoft Sentinel

            - **Sentinel data federation powered by Microsoft Fabric**: query data where it lives. *(Preview.)*
            """, title: "What's new in Microsoft Fabric");

        Assert.Equal(["fabric"], Only(items, "Workspace Private Link Support").Services);
        Assert.Equal(ReleaseStatus.Preview, Only(items, "Workspace Private Link Support").Status);
        Assert.Equal(["fabric"], Only(items, "Azure Key Vault Integration").Services);
        Assert.Equal(ReleaseStatus.Ga, Only(items, "Azure Key Vault Integration").Status);
        Assert.Equal(["sentinel"], Only(items, "Sentinel data federation powered by Microsoft Fabric").Services);
    }

    [Fact]
    public void Headings_at_the_deepest_level_name_items_and_the_text_under_them_is_theirs()
    {
        var passages = RoundupTestPosts.Passages("""
            ## Models

            ### GPT-5.4 (GA)

            A reliability upgrade for production agents with a 272K context window.

            ### Phi-4 Reasoning Vision 15B

            A multimodal reasoning model.

            ### JFrog Fly: Zero-Config, AI-Native Release Management

            JFrog introduced JFrog Fly, an agentic repository.
            """);
        var items = RoundupItemFinder.Find(passages, "What's new in Microsoft Foundry | March 2026", RoundupTestPosts.Taxonomy.Matcher);

        Assert.Equal(["GPT-5.4", "Phi-4 Reasoning Vision 15B", "JFrog Fly"], items.Items.Select(i => i.Name));
        Assert.Equal(ReleaseStatus.Ga, items.Items[0].Status);
        Assert.Equal(["foundry"], items.Items[0].Services);
        Assert.Equal(RoundupItemShape.Heading, items.Items[0].Shape);
        Assert.Equal(ReleaseStatus.Unknown, items.Items[1].Status);
        // A figure in the text under an item heading is the item's.
        Assert.Same(items.Items[0], items.ItemFor(passages.Single(p => p.Text.StartsWith("A reliability", StringComparison.Ordinal))));
        Assert.Null(items.ItemFor(passages.Single(p => p.Text == "Models")));
    }

    [Fact]
    public void A_nested_list_describes_its_item_unless_a_line_states_a_status_of_its_own()
    {
        var passages = RoundupTestPosts.Passages("""
            ## Identity

            - **Entra ID passkeys**: phishing-resistant sign-in.
              - Synced passkeys and passkey profiles *(generally available)*
              - Optional device-bound passkeys
            - **Purpose**: a field, not a product change.
            - **Author:** Jane Doe
            """);
        var items = RoundupItemFinder.Find(passages, "Weekly roundup", RoundupTestPosts.Taxonomy.Matcher);

        Assert.Equal(["Entra ID passkeys", "Synced passkeys and passkey profiles"], items.Items.Select(i => i.Name));
        Assert.Equal(ReleaseStatus.Ga, items.Items[1].Status);
        Assert.Equal(RoundupItemShape.StatusListItem, items.Items[1].Shape);
        Assert.Same(items.Items[0], items.ItemFor(passages.Single(p => p.Text == "Optional device-bound passkeys")));
    }

    [Fact]
    public void A_list_items_sentence_about_what_a_product_now_does_is_an_item_named_by_its_subject()
    {
        var items = RoundupTestPosts.Items("""
            ### 3. Resilience and Reliability

            - Standard NAT Gateway V2 offers 100 Gbps throughput and zone redundancy.
            - Introduction of zone redundant SKUs for ExpressRoute enables automatic failover.
            - Teams should plan their migration early.
            - ACA now supports hosting agents with serverless GPUs.
            - ACA simplifies complex migrations.
            """);

        Assert.Equal(["Standard NAT Gateway V2", "zone redundant SKUs for ExpressRoute"], items.Items.Select(i => i.Name));
        Assert.All(items.Items, i => Assert.Equal(RoundupItemShape.ProductSentence, i.Shape));
        Assert.Equal(["nat-gateway"], items.Items[0].Services);
        Assert.DoesNotContain(items.Items, i => i.Name.Contains("Resilience", StringComparison.Ordinal));
    }

    [Fact]
    public void A_status_with_a_date_after_the_posts_is_planned()
    {
        const string markdown = """
            ## Agents
            - **Agent 365**: the control plane for agents. *(Generally available May 1.)*
            - **Security Dashboard for AI**: one view of AI risk. *(Generally available now.)*
            - **Defender posture management**: broader coverage. *(Preview in April.)*
            """;
        var dated = RoundupTestPosts.Items(markdown, date: new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal([ReleaseStatus.Planned, ReleaseStatus.Ga, ReleaseStatus.Planned], dated.Items.Select(i => i.Status));
        Assert.Equal([ReleaseStatus.Ga, ReleaseStatus.Ga, ReleaseStatus.Preview], RoundupTestPosts.Items(markdown).Items.Select(i => i.Status));
    }

    [Fact]
    public void Topic_lists_people_and_further_reading_are_no_items()
    {
        var items = RoundupTestPosts.Items("""
            ## Ace Aviator of the Month

            - **Role & Responsibilities:** Designs integrations with Logic Apps and Azure Functions.

            ## Featured Topics

            - **Automation & DevOps**: Bicep, CI/CD, YAML pipelines.

            ## Next steps

            - **AKS Automatic docs**: read the documentation.
            """);

        Assert.Empty(items.Items);
    }

    [Fact]
    public void The_same_item_named_twice_is_one_feature_and_a_later_stated_status_completes_it()
    {
        var items = RoundupTestPosts.Items("""
            ## TL;DR
            - **Foundry Agent Service**: production-ready agent runtime.

            ## Agents
            ### Foundry Agent Service (GA)
            The major release of the month.
            """, title: "What's new in Microsoft Foundry");

        var item = Assert.Single(items.Items);
        Assert.Equal("Foundry Agent Service", item.Name);
        Assert.Equal(ReleaseStatus.Ga, item.Status);
        Assert.Equal(RoundupItemShape.BoldLead, item.Shape);
    }
}
