using StaticCatalog.Diagnostics;
using StaticCatalog.Sources;

namespace StaticCatalog.Tests.Properties;

/// <summary>The property of <see cref="LimitEvidenceProperties"/> on 300 posts of the corpus (fewer since the not-a-limit contexts: 9 limits in 200), evenly spaced in name order.</summary>
[Trait("Category", "Corpus")]
public sealed class LimitEvidenceCorpusProperties
{
    private const int CorpusPosts = 300;

    [CorpusFact]
    public void Every_limit_of_300_corpus_posts_quotes_a_sentence_of_the_post()
    {
        var bag = new DiagnosticBag();
        var files = SourceLoader.List(RepoPaths.Corpus, bag)!;
        var step = Math.Max(1, files.Length / CorpusPosts);
        var limits = 0;
        for (var i = 0; i < files.Length && i / step < CorpusPosts; i += step)
        {
            limits += LimitEvidenceProperties.AssertEvidenceInText(SourceLoader.ReadSeed(RepoPaths.Corpus, files[i], bag)!);
        }

        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedList()));
        Assert.True(limits >= 10, $"only {limits} limits in {CorpusPosts} corpus posts: the property checked little");
    }
}
