namespace StaticCatalog.Site;

/// <summary>A link from a post to a term: the display name and the term page's site path.</summary>
public sealed record TermRef(string Name, string SitePath);
