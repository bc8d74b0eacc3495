using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Features;

namespace StaticCatalog.Tests.Catalog.Features;

[Trait("Category", "Unit")]
public sealed class GenericNamesTests
{
    [Theory]
    [InlineData("Key highlights")]
    [InlineData("Demo overview")]
    [InlineData("What's new")]
    [InlineData("Why it matters")]
    [InlineData("Author")]
    [InlineData("Presented by")]
    [InlineData("Agenda")]
    [InlineData("Chapter 3")]
    [InlineData("00:00 Intro")]
    [InlineData("November 18-21, 2026")]
    [InlineData("Location")]
    [InlineData("Supported plans")]
    [InlineData("Known limitations")]
    [InlineData("Models scheduled for deprecation")]
    [InlineData("Upcoming features in Orleans")]
    [InlineData("Management Libraries for Go")]
    [InlineData("No removal actions needed")]
    [InlineData("SDK")]
    [InlineData("Key Enhancements in CodeQL 2.23.5")]
    [InlineData("Features in C# 14")]
    [InlineData("Access to New AI Models")]
    [InlineData("Configure Private Link")]
    [InlineData("Troubleshooting sign-in")]
    [InlineData("ASP.NET Community Standup")]
    [InlineData(".NET Conf 2025 Recap")]
    public void Headings_bylines_agenda_dates_plans_and_steps_are_not_features(string name)
    {
        Assert.True(FeatureFinder.IsGeneric(name));
    }

    [Theory]
    [InlineData("Private Link Direct Connect")]
    [InlineData("Build-time OpenAPI document generation")]
    [InlineData("Maia 200")]
    [InlineData("Claude Sonnet 3.7")]
    [InlineData("Dataflows Gen2")]
    [InlineData("Live Share")]
    [InlineData("Voice Live")]
    [InlineData("Visual Studio October 2025 Update")]
    public void Product_names_are_features(string name)
    {
        Assert.False(FeatureFinder.IsGeneric(name));
    }

    [Theory]
    [InlineData("Orchestrate dbt jobs in pipelines", "dbt jobs in pipelines")]
    [InlineData("Build-Time OpenAPI", "Build-Time OpenAPI")]
    public void A_leading_step_verb_is_taken_off_but_a_hyphenated_word_stays(string text, string expected)
    {
        Assert.Equal(expected, GenericNames.WithoutLeadingVerb(text));
    }

    // The group and section-heading patterns run on the backtracking engine (the non-backtracking one cost 150-250 ms to
    // build at start-up): a long hostile heading that almost matches must still be answered, and answered right.
    [Theory]
    [InlineData("new ", true)]
    [InlineData("features, updates and ", true)]
    [InlineData("what's new ", true)]
    [InlineData("generally", true)]
    [InlineData("http ", false)]
    public void A_long_heading_that_almost_matches_is_answered(string repeated, bool repeatsGroupWords)
    {
        var words = string.Concat(Enumerable.Repeat(repeated, 4_000)).TrimEnd();

        Assert.Equal(repeatsGroupWords, GenericNames.IsGroup(words));
        Assert.False(GenericNames.IsGroup(words + " Orleans"));
    }
}
