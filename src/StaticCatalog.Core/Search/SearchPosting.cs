namespace StaticCatalog.Search;

/// <summary>A term's occurrence in one document: the document's id (its position in the index) and the fields it is in.</summary>
public readonly record struct SearchPosting(int DocumentId, SearchFields Fields);
