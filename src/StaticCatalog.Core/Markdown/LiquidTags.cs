using System.Text.RegularExpressions;

namespace StaticCatalog.Markdown;

/// <summary>The liquid tags found in real posts that StaticCatalog turns into embeds or drops as markers.</summary>
public static partial class LiquidTags
{
    /// <summary>True when the tag renders as something useful; false means it is shown as text with a warning.</summary>
    public static bool IsKnown(LiquidTagInline tag) => tag.Name switch
    {
        "youtube" => YouTubeId().IsMatch(tag.Arguments),
        "vimeo" => VimeoId().IsMatch(tag.Arguments),
        "raw" or "endraw" => tag.Arguments.Length == 0,
        _ => false,
    };

    [GeneratedRegex(@"^[A-Za-z0-9_-]{6,20}$")]
    public static partial Regex YouTubeId();

    [GeneratedRegex(@"^[0-9]{3,15}$")]
    public static partial Regex VimeoId();
}
