namespace StaticCatalog.Search;

/// <summary>What a search result is; written as one letter (<c>p</c>, <c>s</c>, <c>t</c>) in the document chunks.</summary>
public enum SearchDocumentKind
{
    Post,
    Service,
    Tag,
}
