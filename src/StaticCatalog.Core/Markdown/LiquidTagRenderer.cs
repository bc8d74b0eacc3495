using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticCatalog.Markdown;

/// <summary>
/// Renders known tags as a lazy, privacy-friendly video embed with a plain link beside it (readable without
/// frames), <c>raw</c>/<c>endraw</c> as nothing, and anything else as the text the author wrote.
/// </summary>
public sealed class LiquidTagRenderer : HtmlObjectRenderer<LiquidTagInline>
{
    protected override void Write(HtmlRenderer renderer, LiquidTagInline tag)
    {
        if (!LiquidTags.IsKnown(tag))
        {
            renderer.WriteEscape(tag.RawText);
            return;
        }

        switch (tag.Name)
        {
            case "youtube":
                WriteEmbed(renderer, "youtube",
                    LiquidTags.YouTubeEmbedPrefix + tag.Arguments,
                    $"https://www.youtube.com/watch?v={tag.Arguments}",
                    "YouTube");
                break;
            case "vimeo":
                WriteEmbed(renderer, "vimeo",
                    LiquidTags.VimeoEmbedPrefix + tag.Arguments,
                    $"https://vimeo.com/{tag.Arguments}",
                    "Vimeo");
                break;
        }
    }

    private static void WriteEmbed(HtmlRenderer renderer, string kind, string embedUrl, string watchUrl, string site)
    {
        renderer.Write("<span class=\"embed embed-").Write(kind).Write("\">")
            .Write("<iframe src=\"").WriteEscapeUrl(embedUrl).Write("\" title=\"").Write(site).Write(" video\"")
            .Write(" loading=\"lazy\" allow=\"encrypted-media; picture-in-picture\" allowfullscreen></iframe>")
            .Write("<a class=\"embed-link\" href=\"").WriteEscapeUrl(watchUrl).Write("\">Watch on ").Write(site).Write("</a>")
            .Write("</span>");
    }
}
