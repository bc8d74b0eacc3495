using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticCatalog.Diagnostics;
using StaticCatalog.Sources;

namespace StaticCatalog.Markdown;

/// <summary>
/// Links within a post (<c>[see below](#setup)</c>) were written against another generator's heading ids.
/// A link that names no id of the post is pointed at the heading it clearly meant: the one whose id is the
/// same but for hyphens (GitHub keeps <c>python--extension</c>, Markdig writes <c>python-extension</c>), or
/// the only one whose id it begins (a heading that gained words). Otherwise it is kept and reported (SC2003).
/// </summary>
public static partial class FragmentLinkRepair
{
    public static void Repair(MarkdownDocument document, SourceFile source, List<Diagnostic> diagnostics)
    {
        var links = document.Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is { Length: > 1 } url && url[0] == '#').ToList();
        if (links.Count == 0)
        {
            return;
        }

        var ids = Ids(document);
        foreach (var link in links)
        {
            var fragment = Uri.UnescapeDataString(link.Url![1..]);
            if (ids.Contains(fragment) || fragment == "top")
            {
                continue;
            }

            if (Meant(fragment, ids) is { } id)
            {
                link.Url = "#" + id;
                continue;
            }

            diagnostics.Add(Diagnostic.Warning(source.DisplayPath, link.Line + 1, link.Column + 1, DiagnosticCodes.BrokenPostFragment,
                $"the link to '#{fragment}' names no heading or anchor of the post"));
        }
    }

    private static string? Meant(string fragment, IReadOnlySet<string> ids)
    {
        var wanted = Squeeze(fragment);
        var same = ids.Where(id => Squeeze(id) == wanted).Take(2).ToList();
        if (same.Count == 1)
        {
            return same[0];
        }

        var longer = ids.Where(id => Squeeze(id).StartsWith(wanted + "-", StringComparison.Ordinal)).Take(2).ToList();
        return longer.Count == 1 ? longer[0] : null;
    }

    /// <summary>Lower case, runs of hyphens made one, no hyphen at either end.</summary>
    private static string Squeeze(string id) => Hyphens().Replace(id.ToLowerInvariant(), "-").Trim('-');

    /// <summary>Every id of the post: headings and blocks (Markdig's and the catalog's anchors) and raw HTML's ids and names.</summary>
    private static HashSet<string> Ids(MarkdownDocument document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document.Descendants<Block>())
        {
            if (block.TryGetAttributes()?.Id is { } id)
            {
                ids.Add(id);
            }

            if (block is HtmlBlock html)
            {
                AddRawIds(ids, html.Lines.ToString());
            }
        }

        foreach (var inline in document.Descendants<HtmlInline>())
        {
            AddRawIds(ids, inline.Tag);
        }

        return ids;
    }

    private static void AddRawIds(HashSet<string> ids, string html)
    {
        foreach (Match match in RawId().Matches(html))
        {
            ids.Add(match.Groups["id"].Value);
        }
    }

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();

    [GeneratedRegex("""\b(?:id|name)\s*=\s*["']?(?<id>[^"'\s>]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RawId();
}
