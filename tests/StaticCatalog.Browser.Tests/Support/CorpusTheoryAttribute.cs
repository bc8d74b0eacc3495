using StaticCatalog.Tests.Support;

namespace StaticCatalog.Browser.Tests.Support;

/// <summary>A theory over the corpus sample: skipped, with the reason, where the corpus is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (!RepoPaths.HasCorpus)
        {
            Skip = $"the corpus is not at {RepoPaths.CorpusPath}";
        }
    }
}
