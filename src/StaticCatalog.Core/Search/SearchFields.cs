namespace StaticCatalog.Search;

/// <summary>
/// Where in a document a term was found, as bit flags stored in each posting (low three bits).
/// A title match ranks above a catalog match (services, features, limits, tags), which ranks above the excerpt.
/// </summary>
[Flags]
public enum SearchFields
{
    None = 0,
    Excerpt = 1,
    Meta = 2,
    Title = 4,
}
