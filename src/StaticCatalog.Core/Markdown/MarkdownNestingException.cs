namespace StaticCatalog.Markdown;

/// <summary>
/// A post's Markdown nests deeper than <see cref="NestingLimitExtension.MaxDepth"/>: thrown from the parse so that
/// nothing walks the tree (rendering and our own walks recurse once per level), and reported at its position.
/// </summary>
public sealed class MarkdownNestingException : Exception
{
    public MarkdownNestingException(int line, int column, string what)
        : base($"the Markdown nests {what} more than {NestingLimitExtension.MaxDepth} levels deep; flatten it")
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line in the parsed text.</summary>
    public int Line { get; }

    /// <summary>1-based column in the parsed text.</summary>
    public int Column { get; }
}
