using Markdig;
using Markdig.Extensions.MediaLinks;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticCatalog.Markdown;

/// <summary>
/// An image written as a link to a YouTube or Vimeo video (<c>![Demo](https://www.youtube.com/watch?v=ID)</c>)
/// becomes the same embed as <c>{% youtube ID %}</c>: the privacy-enhanced player, a title and a plain link.
/// Markdig's media links would write a frame from the video site itself, without a title; they are kept for
/// video and audio files (<c>.mp4</c>, <c>.webm</c>) only, so no other site's frame reaches a page.
/// </summary>
public sealed class VideoImageExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.Find<MediaLinkExtension>()?.Options.Hosts.Clear();
        pipeline.DocumentProcessed -= EmbedVideoImages;
        pipeline.DocumentProcessed += EmbedVideoImages;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void EmbedVideoImages(MarkdownDocument document)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            if (VideoOf(image.Url) is { } video)
            {
                image.ReplaceBy(new LiquidTagInline
                {
                    Name = video.Site,
                    Arguments = video.Id,
                    RawText = image.Url!,
                    Span = image.Span,
                    Line = image.Line,
                    Column = image.Column,
                }, copyChildren: false);
            }
        }
    }

    /// <summary>The tag name and video id of a YouTube or Vimeo page or player URL, or null.</summary>
    internal static (string Site, string Id)? VideoOf(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || uri.Host.StartsWith("m.", StringComparison.OrdinalIgnoreCase)
            ? uri.Host[(uri.Host.IndexOf('.') + 1)..]
            : uri.Host;
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        string? id = host.ToLowerInvariant() switch
        {
            "youtu.be" => segments[0],
            "youtube.com" or "youtube-nocookie.com" => segments[0] switch
            {
                "watch" => System.Web.HttpUtility.ParseQueryString(uri.Query)["v"],
                "embed" or "shorts" or "live" when segments.Length > 1 => segments[1],
                _ => null,
            },
            "vimeo.com" => segments[^1],
            "player.vimeo.com" when segments is ["video", _] => segments[1],
            _ => null,
        };
        if (id is null)
        {
            return null;
        }

        var site = host.Contains("vimeo", StringComparison.OrdinalIgnoreCase) ? "vimeo" : "youtube";
        var valid = site == "vimeo" ? LiquidTags.VimeoId().IsMatch(id) : LiquidTags.YouTubeId().IsMatch(id);
        return valid ? (site, id) : null;
    }
}
