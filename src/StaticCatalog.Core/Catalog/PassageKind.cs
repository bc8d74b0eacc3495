namespace StaticCatalog.Catalog;

/// <summary>The kind of Markdown block a passage is.</summary>
public enum PassageKind
{
    Paragraph,
    ListItem,
    Heading,
    TableRow,
}
