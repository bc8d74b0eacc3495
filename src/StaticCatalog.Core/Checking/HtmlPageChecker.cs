using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Checking;

/// <summary>
/// Parses one built page, once: every parse error AngleSharp reports (SC6003), the title, language and
/// description every page needs (SC6004), and every <c>href</c>, <c>src</c> and <c>srcset</c> URL, each
/// distinct one handed to the <see cref="LinkChecker"/> at its element's position. Holds a parser and is not
/// thread-safe: use one per thread.
/// </summary>
public sealed class HtmlPageChecker
{
    private readonly HtmlParser _parser;
    private readonly List<HtmlErrorEvent> _errors = [];

    public HtmlPageChecker()
    {
        _parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        _parser.Error += (_, e) => _errors.Add((HtmlErrorEvent)e);
    }

    public CheckedPage Check(string relativeFile, string html, SiteFiles files, LinkChecker links, DiagnosticBag diagnostics)
    {
        _errors.Clear();
        using var document = _parser.ParseDocument(html);
        var path = files.DiagnosticPath(relativeFile);
        foreach (var error in _errors)
        {
            diagnostics.Add(Diagnostic.Error(path, error.Position.Line, error.Position.Column, DiagnosticCodes.InvalidHtml,
                $"{error.Message} (AngleSharp {(HtmlParseError)error.Code})"));
        }

        CheckMetadata(document, path, diagnostics);
        var anchors = CheckLinks(document, relativeFile, links);
        return new CheckedPage(relativeFile, anchors, IsNoIndex(document), CanonicalHref(document));
    }

    /// <summary>The canonical link of a page (<c>&lt;link rel="canonical" href&gt;</c>), or null.</summary>
    public static string? CanonicalHref(IDocument document) =>
        document.QuerySelectorAll("link[rel][href]")
            .FirstOrDefault(link => HasToken(link.GetAttribute("rel"), "canonical"))
            ?.GetAttribute("href");

    private static void CheckMetadata(IHtmlDocument document, string path, DiagnosticBag diagnostics)
    {
        var root = document.DocumentElement;
        var head = document.Head;
        void Missing(IElement? at, string message)
        {
            var (line, column) = PositionOf(at);
            diagnostics.Add(Diagnostic.Error(path, line, column, DiagnosticCodes.MissingPageMetadata, message));
        }

        if (string.IsNullOrWhiteSpace(root.GetAttribute("lang")))
        {
            Missing(root, "the page has no lang on <html>");
        }

        var title = document.QuerySelector("title");
        if (title is null)
        {
            Missing(head ?? root, "the page has no <title>");
        }
        else if (string.IsNullOrWhiteSpace(title.TextContent))
        {
            Missing(title, "the page's <title> is empty");
        }

        var description = MetaNamed(document, "description");
        if (description is null)
        {
            Missing(head ?? root, "the page has no <meta name=\"description\">");
        }
        else if (string.IsNullOrWhiteSpace(description.GetAttribute("content")))
        {
            Missing(description, "the page's <meta name=\"description\"> has no content");
        }
    }

    /// <summary>Hands each distinct URL of the page to the link checker (the first time it occurs) and collects the page's anchors.</summary>
    private static HashSet<string> CheckLinks(IHtmlDocument document, string relativeFile, LinkChecker links)
    {
        var documentPath = links.Resolver.DocumentPath(relativeFile);
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");
        var linkBase = baseHref is null ? documentPath : links.Resolver.ResolveBase(baseHref, documentPath);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Link(IElement element, string? reference)
        {
            if (reference is not null && seen.Add(reference))
            {
                var (line, column) = PositionOf(element);
                links.Check(new SourceLocation(relativeFile, line, column), reference, linkBase);
            }
        }

        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id)
            {
                anchors.Add(id);
            }

            if (element.LocalName == TagNames.A && element.GetAttribute("name") is { Length: > 0 } name)
            {
                anchors.Add(name);
            }

            Link(element, element.GetAttribute("href"));
            Link(element, element.GetAttribute("src"));
            if (element.GetAttribute("srcset") is { } srcset)
            {
                foreach (var url in SrcsetUrls.Of(srcset))
                {
                    Link(element, url);
                }
            }
        }

        return anchors;
    }

    private static bool IsNoIndex(IDocument document)
    {
        var content = MetaNamed(document, "robots")?.GetAttribute("content");
        return HasToken(content?.Replace(',', ' '), "noindex") || HasToken(content?.Replace(',', ' '), "none");
    }

    private static IElement? MetaNamed(IDocument document, string name) =>
        document.QuerySelectorAll("meta[name]")
            .FirstOrDefault(meta => string.Equals(meta.GetAttribute("name")?.Trim(), name, StringComparison.OrdinalIgnoreCase));

    private static bool HasToken(string? list, string token) =>
        list is not null && list.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Any(t => t.Equals(token, StringComparison.OrdinalIgnoreCase));

    /// <summary>The 1-based position of an element's start tag; 0,0 for an element the parser implied (no tag in the file).</summary>
    private static (int Line, int Column) PositionOf(IElement? element) =>
        element?.SourceReference is { } source ? (source.Position.Line, source.Position.Column) : (0, 0);
}
