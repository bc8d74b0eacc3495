namespace StaticCatalog.Site;

/// <summary>The ways posts are grouped: by tag, by section (<c>section_names</c>) and by feed (<c>feed_name</c>).</summary>
public enum TermKind
{
    Tag,
    Section,
    Feed,
}
