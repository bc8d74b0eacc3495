namespace StaticCatalog.Catalog.Features;

/// <summary>How a roundup item is written: what marks it as one announcement among many.</summary>
public enum RoundupItemShape
{
    /// <summary>A list item or paragraph led by bold text: "**Entra Backup and Recovery**: automated backup ... (Preview.)".</summary>
    BoldLead,

    /// <summary>A list item that is a link to the announcement: "- [Copilot code review now generally available on GitHub Mobile](...)".</summary>
    LinkedTitle,

    /// <summary>A plain list item that states its own status: "- Synced passkeys and passkey profiles (generally available)".</summary>
    StatusListItem,

    /// <summary>A plain list item whose sentence says what a product now does: "- Standard NAT Gateway V2 offers 100 Gbps throughput".</summary>
    ProductSentence,

    /// <summary>A product an item's text introduces as new: "(including new NAT Gateway V2)"; its status may come from the URL of a link that names it.</summary>
    NewMention,

    /// <summary>A heading that names one product change, under a theme heading: "### Workspace Private Link Support (Preview)".</summary>
    Heading,

    /// <summary>A table row under a heading that only states a status ("## Deprecations"): its first cell.</summary>
    StatusTableRow,

    /// <summary>A sentence of the running text that announces something: "X is now generally available".</summary>
    AnnouncedSentence,
}
