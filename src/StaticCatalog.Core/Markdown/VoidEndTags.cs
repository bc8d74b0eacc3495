using System.Text.RegularExpressions;

namespace StaticCatalog.Markdown;

/// <summary>
/// End tags of void elements (<c>&lt;/source&gt;</c>, <c>&lt;/img&gt;</c>) are not HTML: browsers ignore them and
/// parsers report them. Markdig's media links write <c>&lt;source ...&gt;&lt;/source&gt;</c>, and raw HTML in posts
/// has them too; they are dropped from a post's HTML. (<c>&lt;/br&gt;</c> is left: browsers read it as a line break.)
/// </summary>
public static partial class VoidEndTags
{
    public static string Remove(string html) =>
        html.Contains("</", StringComparison.Ordinal) ? EndTag().Replace(html, string.Empty) : html;

    [GeneratedRegex(@"</(?:area|base|col|embed|hr|img|input|link|meta|param|source|track|wbr)\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndTag();
}
