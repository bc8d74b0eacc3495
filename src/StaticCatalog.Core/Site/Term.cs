namespace StaticCatalog.Site;

/// <summary>One tag, section or feed with its posts, newest first.</summary>
public sealed record Term(TermKind Kind, string Name, string Slug, string SitePath, IReadOnlyList<SitePost> Posts);
