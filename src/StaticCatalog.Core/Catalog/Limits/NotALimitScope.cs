namespace StaticCatalog.Catalog.Limits;

/// <summary>Where a <see cref="NotALimitContext"/>'s cue is looked for, around a figure.</summary>
public enum NotALimitScope
{
    /// <summary>Anywhere in the figure's sentence: the whole sentence states no limit ("in our benchmark ...").</summary>
    Sentence,

    /// <summary>At the start of the sentence: an instruction ("Set the rate limit to 20 Mbps").</summary>
    SentenceStart,

    /// <summary>Right before the figure ("e.g., 20 GB", "the previous 8 KB").</summary>
    JustBefore,

    /// <summary>Right after the figure ("80% lower", "5 years ago").</summary>
    JustAfter,

    /// <summary>In the clause before the figure, back to the last comma, semicolon or bracket ("older sandboxes had a hard 4 GB limit").</summary>
    ClauseBefore,

    /// <summary>In a heading above the figure's passage ("## Benchmark results", "## Pricing").</summary>
    Heading,

    /// <summary>In the post's title ("Understanding Azure SLAs").</summary>
    Title,
}
