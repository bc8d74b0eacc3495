using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Features;

namespace StaticCatalog.Tests.Catalog.Features;

[Trait("Category", "Unit")]
public sealed class PackageReleaseFinderTests
{
    [Theory]
    [InlineData("Cosmos DB 4.79.0 (Java)", "Cosmos DB 4.79.0 (Java)", "4.79.0", ReleaseStatus.Ga)]
    [InlineData("Provisioning – Batch 1.0.0-beta.1", "Provisioning – Batch 1.0.0-beta.1", "1.0.0-beta.1", ReleaseStatus.Preview)]
    [InlineData(".NET 11 Preview 3", ".NET 11 Preview 3", "11 Preview 3", ReleaseStatus.Preview)]
    [InlineData("Resource Management – App Network 0.1.0", "Resource Management – App Network 0.1.0", "0.1.0", ReleaseStatus.Unknown)]
    [InlineData("VS Code 1.109", "VS Code 1.109", "1.109", ReleaseStatus.Unknown)]
    [InlineData("AI Toolkit v0.28.1", "AI Toolkit v0.28.1", "0.28.1", ReleaseStatus.Unknown)]
    public void A_name_with_a_version_is_a_release_with_the_status_of_its_version_shape(string text, string name, string version, ReleaseStatus status)
    {
        var release = PackageReleaseFinder.Find(text);

        Assert.NotNull(release);
        Assert.Equal((name, version, status), (release.Name, release.Version, release.Status));
    }

    [Theory]
    [InlineData("Client Libraries for .NET")]
    [InlineData("2.0.0")]
    [InlineData("Automatic migration cleans up old instructions on upgrade to v0.28.1")]
    [InlineData("Released on 2026. More to come 1.0.0")]
    public void Group_labels_bare_versions_and_sentences_are_not_releases(string text)
    {
        Assert.Null(PackageReleaseFinder.Find(text));
    }
}
