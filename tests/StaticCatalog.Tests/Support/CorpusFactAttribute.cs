namespace StaticCatalog.Tests.Support;

/// <summary>
/// A test that reads the shared corpus. It is skipped, with the reason shown, where the corpus is not
/// present (a fork's GitHub Actions run); <c>.ci/run</c> refuses to start without it, so CI never skips it.
/// </summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (!RepoPaths.HasCorpus)
        {
            Skip = $"the corpus is not at {RepoPaths.CorpusPath} (clone beside shared/ or set STATICCATALOG_CORPUS)";
        }
    }
}
