using StaticCatalog.Output;
using StaticCatalog.Site;

namespace StaticCatalog.Search;

/// <summary>The search index of a site, as the files <c>search.js</c> fetches: documents, then the index, then its files.</summary>
public static class SearchFiles
{
    public static IReadOnlyList<OutputFile> Create(SiteModel site) =>
        SearchIndexWriter.Write(SearchIndexBuilder.Build(SearchDocumentFactory.Create(site)));
}
