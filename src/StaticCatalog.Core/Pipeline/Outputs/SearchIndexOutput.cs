using StaticCatalog.Output;
using StaticCatalog.Search;

namespace StaticCatalog.Pipeline.Outputs;

/// <summary>The search index, as the files <c>search.js</c> fetches: documents, then the index, then its shards.</summary>
public sealed class SearchIndexOutput : ISiteOutput
{
    public string Name => "search index";

    public void Write(SiteOutputContext context, Action<OutputFile> write)
    {
        foreach (var file in SearchIndexWriter.Write(SearchIndexBuilder.Build(SearchDocumentFactory.Create(context.Site))))
        {
            write(file);
        }
    }
}
