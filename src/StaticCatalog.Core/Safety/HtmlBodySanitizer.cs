using System.Buffers;
using AngleSharp.Dom;
using Ganss.Xss;
using StaticCatalog.Markdown;

namespace StaticCatalog.Safety;

/// <summary>
/// Cleans the HTML of a post that holds raw HTML, with HtmlSanitizer: no <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c>,
/// forms or event-handler attributes, no URL but relative, http(s) and mailto ones, and no <c>&lt;iframe&gt;</c>
/// but the video embeds the <c>{% youtube %}</c> and <c>{% vimeo %}</c> tags write. What Markdown itself makes
/// (ids, classes, table alignment, task-list boxes, highlighted code, <c>&lt;video&gt;</c>) is kept. Thread-safe: the
/// sanitizer's configuration is fixed once made, and what it removes is collected per thread.
/// </summary>
public sealed class HtmlBodySanitizer
{
    /// <summary>What the sanitizer removed on this thread during the current call.</summary>
    [ThreadStatic]
    private static List<string>? _removed;

    /// <summary>Form controls could pass a page off as a sign-in form; they are no part of an announcement.</summary>
    private static readonly string[] RemovedTags = ["form", "button", "select", "option", "optgroup", "textarea", "keygen", "datalist", "menuitem"];

    private static readonly string[] RemovedAttributes = ["action", "method", "enctype", "accept-charset", "contenteditable", "accesskey", "autosave", "dropzone"];

    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private readonly HtmlSanitizer _sanitizer = new();

    public HtmlBodySanitizer()
    {
        _sanitizer.AllowedTags.ExceptWith(RemovedTags);
        _sanitizer.AllowedTags.UnionWith(["iframe", "video", "audio", "source", "track", "picture"]); // Markdig writes media links as <video><source>
        _sanitizer.AllowedAttributes.ExceptWith(RemovedAttributes);
        _sanitizer.AllowedAttributes.UnionWith(["id", "class", "allow", "allowfullscreen", "loading", "aria-label", "aria-hidden", "role",
            "controls", "muted", "loop", "playsinline", "preload", "poster", "srcset", "sizes", "kind", "srclang"]);
        _sanitizer.AllowedCssProperties.IntersectWith(["text-align", "vertical-align", "width", "height"]);
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedAtRules.Clear();
        _sanitizer.RemovingTag += (_, e) => Removed($"<{e.Tag.LocalName}>");
        _sanitizer.RemovingAttribute += (_, e) => Removed(e.Attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
            ? $"the event attribute {e.Attribute.Name}"
            : $"{e.Attribute.Name}=\"{Shorten(e.Attribute.Value)}\" on <{e.Tag.LocalName}>");
        _sanitizer.RemovingStyle += (_, e) => Removed($"the style {e.Style.Name}");
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "iframe" } frame && !LiquidTags.IsEmbedUrl(frame.GetAttribute("src")))
            {
                Removed($"<iframe src=\"{Shorten(frame.GetAttribute("src") ?? string.Empty)}\">");
                frame.Remove();
            }
        };
    }

    /// <summary>
    /// True for a start or end tag with no attributes whose element is allowed (<c>&lt;kbd&gt;</c>, <c>&lt;/sup&gt;</c>,
    /// <c>&lt;br /&gt;</c>): nothing in it can be removed, so it need not be parsed. A frame is never bare: without the
    /// player's address it is removed.
    /// </summary>
    public bool IsBareAllowedTag(string html)
    {
        var tag = html.AsSpan().Trim();
        if (tag.Length < 3 || tag[0] != '<' || tag[^1] != '>')
        {
            return false;
        }

        var name = tag[(tag[1] == '/' ? 2 : 1)..^1].TrimEnd('/').TrimEnd();
        return name.Length > 0 && !name.ContainsAnyExcept(NameCharacters) && !name.Equals("iframe", StringComparison.OrdinalIgnoreCase)
            && _sanitizer.AllowedTags.Contains(name.ToString().ToLowerInvariant());
    }

    /// <summary>The cleaned HTML.</summary>
    public string Sanitize(string html) => Run(html).Html;

    /// <summary>The cleaned HTML and a short description of each thing removed, in document order.</summary>
    public (string Html, IReadOnlyList<string> Removed) Run(string html)
    {
        var removed = _removed = [];
        try
        {
            return (_sanitizer.Sanitize(html), removed);
        }
        finally
        {
            _removed = null;
        }
    }

    private static void Removed(string what) => _removed?.Add(what);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
