namespace StaticCatalog.Catalog.Limits;

/// <summary>Where a limit's subject was found, from the most specific to the fallback; <see cref="LimitConfidence"/> scores by it.</summary>
public enum SubjectSource
{
    /// <summary>A feature or service named in the figure's own clause or sentence.</summary>
    Sentence,

    /// <summary>The product that leads the figure's passage (a bold lead, "Name: ...", a table row's first cell).</summary>
    Lead,

    /// <summary>A feature or service named elsewhere in the figure's passage.</summary>
    Passage,

    /// <summary>A heading above the passage that names a product.</summary>
    Section,

    /// <summary>The post's own product: the feature its title announces, a product its title names, or its single primary service.</summary>
    Post,

    /// <summary>Nothing named it: the nearest heading or the title stands in.</summary>
    None,
}
