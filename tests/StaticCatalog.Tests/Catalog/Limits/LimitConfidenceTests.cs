using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Limits;

namespace StaticCatalog.Tests.Catalog.Limits;

/// <summary>The confidence table and the per-kind policy, line by line.</summary>
[Trait("Category", "Unit")]
public sealed class LimitConfidenceTests
{
    [Theory]
    [InlineData(SubjectSource.Sentence, true, 0.95)]
    [InlineData(SubjectSource.Sentence, false, 0.8)]
    [InlineData(SubjectSource.Lead, true, 0.9)]
    [InlineData(SubjectSource.Section, false, 0.6)]
    [InlineData(SubjectSource.Post, true, 0.6)]
    [InlineData(SubjectSource.Post, false, 0.5)]
    [InlineData(SubjectSource.None, true, 0.4)]
    [InlineData(SubjectSource.None, false, 0.3)]
    public void Confidence_follows_the_subject_source_and_bound_wording(SubjectSource source, bool bounded, double expected)
    {
        Assert.Equal(expected, LimitConfidence.Of(source, bounded, PassageKind.Paragraph));
    }

    [Fact]
    public void A_table_cell_is_less_sure_than_prose()
    {
        Assert.Equal(0.85, LimitConfidence.Of(SubjectSource.Sentence, true, PassageKind.TableRow));
    }

    [Fact]
    public void Every_source_has_a_line_and_a_bound_is_never_less_sure()
    {
        Assert.All(Enum.GetValues<SubjectSource>(), s => Assert.True(LimitConfidence.BySource[s].Bound >= LimitConfidence.BySource[s].Bare));
        Assert.True(LimitConfidence.BySource[SubjectSource.None].Bound < 0.5);
    }

    [Theory]
    [InlineData(PostKind.Announcement, SubjectSource.None, false, true)]
    [InlineData(PostKind.Tutorial, SubjectSource.Lead, false, true)]
    [InlineData(PostKind.Tutorial, SubjectSource.Post, false, false)]
    [InlineData(PostKind.Tutorial, SubjectSource.None, true, true)]
    [InlineData(PostKind.Event, SubjectSource.Sentence, false, false)]
    [InlineData(PostKind.Event, SubjectSource.Lead, true, true)]
    [InlineData(PostKind.CaseStudy, SubjectSource.Sentence, true, true)]
    [InlineData(PostKind.CaseStudy, SubjectSource.Lead, true, false)]
    [InlineData(PostKind.CaseStudy, SubjectSource.Sentence, false, false)]
    public void Each_kind_keeps_its_figures(PostKind kind, SubjectSource source, bool bounded, bool kept)
    {
        Assert.Equal(kept, LimitKindPolicy.Keeps(kind, source, bounded));
    }
}
