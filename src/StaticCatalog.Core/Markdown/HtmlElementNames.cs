namespace StaticCatalog.Markdown;

/// <summary>The element names of HTML (with the obsolete ones posts still use) and the SVG and MathML names met inside HTML.</summary>
public static class HtmlElementNames
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br",
        "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn",
        "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label",
        "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav", "noscript", "object", "ol",
        "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp",
        "script", "search", "section", "select", "slot", "small", "source", "span", "strong", "style", "sub", "summary",
        "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr", "track", "u",
        "ul", "var", "video", "wbr",
        "acronym", "big", "center", "font", "strike", "tt", "nobr", "marquee",
        "svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "text", "tspan", "defs", "use",
        "symbol", "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "image", "foreignobject",
        "math", "mi", "mn", "mo", "mrow", "msup", "msub", "mfrac", "msqrt", "mtext",
    };

    public static bool IsKnown(ReadOnlySpan<char> name) => Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
}
