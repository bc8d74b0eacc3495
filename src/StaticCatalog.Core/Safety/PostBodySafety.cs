using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Sources;

namespace StaticCatalog.Safety;

/// <summary>
/// Keeps a post's body from running anything in a reader's browser. Links and images whose URL is not relative,
/// http(s) or mailto lose the URL (the words stay); attributes written as <c>{onclick=...}</c> are dropped; raw HTML is read for what the sanitizer will remove, which
/// is reported where the author wrote it (SC2004), and a body that holds raw HTML is cleaned once rendered.
/// A lone HTML comment such as <c>&lt;!--excerpt_end--&gt;</c> runs nothing and needs no cleaning. Thread-safe.
/// </summary>
public sealed class PostBodySafety
{
    /// <summary>Made when a post first needs it: most posts hold no raw HTML.</summary>
    private readonly Lazy<HtmlBodySanitizer> _sanitizer = new(() => new HtmlBodySanitizer());

    /// <summary>
    /// Removes unsafe links and images from <paramref name="document"/> and reports them and unsafe raw HTML
    /// (when <paramref name="diagnostics"/> is given); true when the rendered body must go through <see cref="Clean"/>.
    /// </summary>
    public bool Inspect(MarkdownObject document, SourceFile source, List<Diagnostic>? diagnostics)
    {
        var hasRawHtml = false;
        foreach (var node in document.Descendants().ToList()) // a copy: unsafe links are replaced on the way
        {
            switch (node)
            {
                case LinkInline link when !SafeUrl.IsAllowed(link.Url):
                    Report(diagnostics, source, link, link.IsImage
                        ? $"the image '{Shorten(link.Url)}' is not a web address and is left out; its description is shown instead"
                        : $"the link to '{Shorten(link.Url)}' is not a web address and is removed; its words are kept");
                    Unlink(link);
                    continue;
                case AutolinkInline { IsEmail: false } autolink when !SafeUrl.IsAllowed(autolink.Url):
                    Report(diagnostics, source, autolink, $"the link to '{Shorten(autolink.Url)}' is not a web address and is shown as text");
                    autolink.ReplaceBy(new LiteralInline(autolink.Url) { Span = autolink.Span, Line = autolink.Line, Column = autolink.Column });
                    continue;
                case HtmlBlock or HtmlInline:
                    var html = node is HtmlBlock block ? block.Lines.ToString() : ((HtmlInline)node).Tag;
                    if (!IsLoneComment(html))
                    {
                        hasRawHtml = true;
                        ReportRemovals(diagnostics, source, node, html);
                    }

                    break;
            }

            DropUnsafeAttributes(node, source, diagnostics);
        }

        return hasRawHtml;
    }

    /// <summary>What the sanitizer will take out of one piece of raw HTML, reported where it was written.</summary>
    private void ReportRemovals(List<Diagnostic>? diagnostics, SourceFile source, MarkdownObject node, string html)
    {
        if (diagnostics is null || _sanitizer.Value.IsBareAllowedTag(html))
        {
            return; // nothing to tell, or a bare <kbd>, </sup> or <br> that has nothing to remove
        }

        var (_, removed) = _sanitizer.Value.Run(html);
        if (removed.Count > 0)
        {
            Report(diagnostics, source, node, $"raw HTML that could run in a reader's browser is removed: {string.Join(", ", removed.Distinct())}");
        }
    }

    /// <summary>Markdig's <c>{key=value}</c> after an element: only <see cref="IsSafeAttribute"/> names stay.</summary>
    private static void DropUnsafeAttributes(MarkdownObject node, SourceFile source, List<Diagnostic>? diagnostics)
    {
        if (node.TryGetAttributes()?.Properties is not { Count: > 0 } properties)
        {
            return;
        }

        var unsafeNames = properties.Where(p => !IsSafeAttribute(p.Key)).Select(p => p.Key).ToList();
        if (unsafeNames.Count > 0)
        {
            properties.RemoveAll(p => !IsSafeAttribute(p.Key));
            Report(diagnostics, source, node, $"the attribute{(unsafeNames.Count == 1 ? "" : "s")} {string.Join(", ", unsafeNames)} written in {{...}} after an element could run or restyle the page and {(unsafeNames.Count == 1 ? "is" : "are")} removed");
        }
    }

    /// <summary>The rendered HTML of a body that holds raw HTML, cleaned.</summary>
    public string Clean(string html) => _sanitizer.Value.Sanitize(html);

    /// <summary>An unsafe link gives way to its words; an unsafe image to its description.</summary>
    private static void Unlink(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(PlainText.Of(link)) { Span = link.Span, Line = link.Line, Column = link.Column }, copyChildren: false);
            return;
        }

        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    /// <summary>
    /// What <c>{key=value}</c> after a heading, paragraph or link (Markdig's generic attributes) may set besides an
    /// id and classes: words about the element, never a handler, a style or a URL.
    /// </summary>
    private static bool IsSafeAttribute(string name) =>
        name.ToLowerInvariant() is "title" or "lang" or "dir" or "width" or "height" or "alt" or "rel" or "target"
        || name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase)
        || (name.StartsWith("data-", StringComparison.OrdinalIgnoreCase) && name.Length > 5 && name.Skip(5).All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));

    private static bool IsLoneComment(string html)
    {
        var text = html.AsSpan().Trim();
        return text.StartsWith("<!--", StringComparison.Ordinal)
            && text.EndsWith("-->", StringComparison.Ordinal)
            && text[4..].IndexOf("-->", StringComparison.Ordinal) == text.Length - 7;
    }

    private static void Report(List<Diagnostic>? diagnostics, SourceFile source, MarkdownObject node, string message) =>
        diagnostics?.Add(Diagnostic.Warning(source.DisplayPath, node.Line + 1, node.Column + 1, DiagnosticCodes.UnsafeContent, message));

    private static string Shorten(string? value) =>
        value is null ? string.Empty : value.Length <= 60 ? value : value[..60] + "…";
}
