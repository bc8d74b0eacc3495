using Markdig.Syntax.Inlines;

namespace StaticCatalog.Markdown;

/// <summary>A <c>{% name arguments %}</c> tag found in a post's prose (data only).</summary>
public sealed class LiquidTagInline : LeafInline
{
    public required string Name { get; init; }

    public required string Arguments { get; init; }

    /// <summary>The tag exactly as written, shown as text when the tag is unknown.</summary>
    public required string RawText { get; init; }
}
