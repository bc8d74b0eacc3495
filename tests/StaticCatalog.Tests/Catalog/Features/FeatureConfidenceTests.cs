using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Features;

namespace StaticCatalog.Tests.Catalog.Features;

[Trait("Category", "Unit")]
public sealed class FeatureConfidenceTests
{
    [Fact]
    public void Every_evidence_has_one_row_between_0_and_1()
    {
        Assert.Equal(Enum.GetValues<FeatureEvidence>().Order(), FeatureConfidence.Table.Select(r => r.Evidence).Order());
        Assert.All(FeatureConfidence.Table, r => Assert.InRange(r.Feature, 0, 1));
        Assert.All(FeatureConfidence.Table, r => Assert.InRange(r.Status, 0, 1));
    }

    [Fact]
    public void A_cue_in_the_feature_s_own_words_is_surer_than_one_inherited_from_a_heading_and_a_bare_heading_is_below_the_pages_threshold()
    {
        var own = FeatureConfidence.For(FeatureEvidence.AnnouncedInSentence, ReleaseStatus.Ga);
        var inherited = FeatureConfidence.For(FeatureEvidence.LeadUnderStatusHeading, ReleaseStatus.Ga);
        var bare = FeatureConfidence.For(FeatureEvidence.LeadNamingService, ReleaseStatus.Unknown);

        Assert.True(own.Feature > inherited.Feature && own.Status > inherited.Status);
        Assert.True(bare.Feature < 0.5);
        Assert.True(FeatureConfidence.For(FeatureEvidence.TitleWithCue, ReleaseStatus.Unknown).Status <= FeatureConfidence.UnknownStatus);
    }

    [Fact]
    public void Every_post_kind_has_a_policy_and_only_release_notes_keep_package_releases()
    {
        Assert.All(Enum.GetValues<PostKind>(), kind => Assert.True(FeaturePolicy.ByKind.ContainsKey(kind), kind.ToString()));
        Assert.Equal([PostKind.ReleaseNotes], Enum.GetValues<PostKind>().Where(k => FeaturePolicy.Keeps(k, FeatureEvidence.PackageRelease)));
        Assert.False(FeaturePolicy.Keeps(PostKind.Tutorial, FeatureEvidence.LeadNamingService));
        Assert.True(FeaturePolicy.Keeps(PostKind.Tutorial, FeatureEvidence.AnnouncedInSentence));
    }
}
