using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Features;

namespace StaticCatalog.Tests.Catalog.Features;

[Trait("Category", "Unit")]
public sealed class FeatureNameRulesTests
{
    [Theory]
    [InlineData(".NET MAUI 11 Preview 2 is now available", ".NET MAUI 11 Preview 2")]
    [InlineData("Contoso Lens (now in public preview)", "Contoso Lens")]
    [InlineData("Image generation (MAI-Image-2e)", "Image generation (MAI-Image-2e)")]
    [InlineData("MAI-Image-2e) is live", "MAI-Image-2e is live")]
    [InlineData("Provisioning – Batch 1.0.0-beta.1", "Provisioning – Batch 1.0.0-beta.1")]
    [InlineData("Introducing the updated Copilot for data science (Preview)", "updated Copilot for data science")]
    [InlineData("Public Preview: Azure Route Server Hub Routing", "Azure Route Server Hub Routing")]
    [InlineData("GitHub Copilot's", "")]
    public void Status_words_go_but_release_numbers_and_balanced_brackets_stay(string text, string expected)
    {
        Assert.Equal(expected, FeatureNameRules.Clean(text));
    }

    [Theory]
    [InlineData("MAI-Image-2e)", "MAI-Image-2e")]
    [InlineData("X (beta", "X beta")]
    [InlineData("A (B) C", "A (B) C")]
    public void Unmatched_brackets_are_dropped(string text, string expected)
    {
        Assert.Equal(expected, FeatureNameRules.Balance(text));
    }

    [Theory]
    [InlineData("Microsoft Updates React Native for Windows", "React Native for Windows")]
    [InlineData("Morgan Stanley Open Sources CALM", "CALM")]
    [InlineData("Bringing Contoso Lens to Linux", "Contoso Lens to Linux")]
    public void A_title_s_opening_before_its_product_is_taken_off(string title, string expected)
    {
        Assert.Equal(expected, FeatureNameRules.WithoutTitleOpening(title));
    }

    [Theory]
    [InlineData("Ephemeral OS Disk Support Now in Public Preview on Azure Virtual Desktop", "Ephemeral OS Disk Support")]
    [InlineData("General Availability of Azure Intel TDX Confidential VMs", "Azure Intel TDX Confidential VMs")]
    [InlineData("Gemini 3 Pro deprecated", "Gemini 3 Pro")]
    [InlineData(".NET 11 Preview 3 is now available", ".NET 11 Preview 3")]
    public void A_title_with_a_status_names_what_comes_before_its_cue(string title, string expected)
    {
        Assert.Equal(expected, FeatureFinder.NameBefore(title, StatusCues.First(title)));
    }

    [Theory]
    [InlineData("Exploring GitHub Copilot Coding Agent: Beyond Code Suggestions", "GitHub Copilot Coding Agent")]
    [InlineData("Maia 200: The AI Accelerator Built for Inference", "Maia 200")]
    [InlineData("CodeQL Expands Support for Kotlin and Improves Static Analysis Accuracy", "Support for Kotlin")]
    [InlineData("Cursor Editor Adds Visual Designer Amid Developer Frustrations", "Visual Designer")]
    [InlineData("Microsoft unveils Elevate, putting people first in AI transformation", "Elevate")]
    [InlineData("GitHub Adds Policy as Code for Repositories", "Policy as Code for Repositories")]
    [InlineData("Tool-Specific Configuration and Security Features", "Tool-Specific Configuration and Security Features")]
    [InlineData("What Is Contoso and Why Another Framework?", "")]
    [InlineData("How to choose a hosting option", "")]
    public void An_announcement_s_title_names_its_product(string title, string expected)
    {
        Assert.Equal(expected, FeatureFinder.TitleProduct(title));
    }

    [Theory]
    [InlineData("The GitHub app for Slack now supports GitHub Copilot coding agent.", "GitHub Copilot Coding Agent in Slack", true)]
    [InlineData("Up to 200 servers are now generally available.", "Maia 200", false)]
    [InlineData("Maia is now generally available.", "Maia 200", true)]
    public void An_opening_sentence_names_a_title_product_when_it_holds_half_its_words_and_not_only_a_number(string text, string name, bool expected)
    {
        Assert.Equal(expected, FeatureFinder.NamesMostOf(text, name));
    }
}
