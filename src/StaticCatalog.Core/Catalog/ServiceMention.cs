namespace StaticCatalog.Catalog;

/// <summary>A service named in a text, at a character position.</summary>
public sealed record ServiceMention(Service Service, int Index, int Length);
