using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Pipeline;

/// <summary>The sources of <c>build</c>: every input and every seed, read and parsed each run.</summary>
public sealed class AllSources : ISiteSources
{
    private readonly BuildOptions _options;
    private int _found;

    public AllSources(BuildOptions options)
    {
        _options = options;
    }

    public SiteInputs Configure(DiagnosticBag diagnostics) => SiteInputs.Load(_options, diagnostics);

    public IReadOnlyList<SourceFile> Load(DiagnosticBag diagnostics) => SourceLoader.Load(_options.SeedsDirectory, diagnostics, out _found);

    public SourceSet Accept(IReadOnlyList<SourceFile> parsed, IReadOnlyList<PostParseResult> results, DiagnosticBag diagnostics)
    {
        foreach (var result in results)
        {
            diagnostics.AddRange(result.Diagnostics);
        }

        return new SourceSet(results.Where(r => r.Post is not null).Select(r => r.Post!).ToList(), _found, [], InputsChanged: true);
    }

    public void Published()
    {
    }
}
