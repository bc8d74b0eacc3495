namespace StaticCatalog.Search;

/// <summary>The documents search can find and, for each term, where it occurs (documents in id order).</summary>
/// <param name="Documents">Indexed by document id.</param>
/// <param name="Terms">Every term, sorted ordinally, with its postings in document order.</param>
public sealed record SearchIndex(IReadOnlyList<SearchDocument> Documents, IReadOnlyList<KeyValuePair<string, IReadOnlyList<SearchPosting>>> Terms);
