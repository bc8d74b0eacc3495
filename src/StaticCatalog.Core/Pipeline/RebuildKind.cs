namespace StaticCatalog.Pipeline;

/// <summary>What a rebuild of <see cref="SiteSession"/> had to do.</summary>
public enum RebuildKind
{
    /// <summary>No seed's text changed: nothing was rendered or written.</summary>
    Unchanged,

    /// <summary>Only post bodies changed: their pages and the site feed were rendered.</summary>
    Bodies,

    /// <summary>Every page was rendered; the files whose bytes changed were written.</summary>
    Full,

    /// <summary>An input has an error: nothing was written and the last good site stays.</summary>
    Failed,
}
