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

    /// <summary>Where a <c>{% youtube ID %}</c> embed plays the video (the privacy-enhanced player).</summary>
    public const string YouTubeEmbedPrefix = "https://www.youtube-nocookie.com/embed/";

    /// <summary>Where a <c>{% vimeo ID %}</c> embed plays the video.</summary>
    public const string VimeoEmbedPrefix = "https://player.vimeo.com/video/";

    /// <summary>True for the player URL of an embed these tags write; the only frames a post may show.</summary>
    public static bool IsEmbedUrl(string? url) =>
        url is not null
        && ((url.StartsWith(YouTubeEmbedPrefix, StringComparison.Ordinal) && YouTubeId().IsMatch(url[YouTubeEmbedPrefix.Length..]))
            || (url.StartsWith(VimeoEmbedPrefix, StringComparison.Ordinal) && VimeoId().IsMatch(url[VimeoEmbedPrefix.Length..])));

    [GeneratedRegex(@"^[A-Za-z0-9_-]{6,20}$")]
    public static partial Regex YouTubeId();

    [GeneratedRegex(@"^[0-9]{3,15}$")]
    public static partial Regex VimeoId();
}
