using AngleSharp.Html.Parser;

namespace StaticCatalog.Tests.Support;

/// <summary>Reads the links of built pages with a real HTML parser and resolves them to files of the output.</summary>
public static partial class SiteLinks
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Every <c>href</c> and <c>src</c> of a page, as written.</summary>
    public static IReadOnlyList<string> Of(string html)
    {
        var document = Parser.ParseDocument(html);
        return document.QuerySelectorAll("[href], [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? string.Empty)
            .ToList();
    }

    /// <summary>
    /// The output file an internal link points at (under <paramref name="basePath"/>), or null for external
    /// links. Fragment-only links resolve to the page itself.
    /// </summary>
    public static string? Resolve(string outputDirectory, string basePath, string link, out bool isInternal)
    {
        isInternal = false;
        if (HasScheme().IsMatch(link) || link.StartsWith('#') || link.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        isInternal = true;
        var path = link.Split('#', 2)[0].Split('?', 2)[0];
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return Path.Combine(outputDirectory, "__outside_base_path__", path.TrimStart('/'));
        }

        var relative = Uri.UnescapeDataString(path[basePath.Length..]);
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        return Path.Combine(outputDirectory, file);
    }

    /// <summary>Every internal link of every HTML page that does not resolve to a file, as "page -> link".</summary>
    public static IReadOnlyList<string> Broken(string outputDirectory, string basePath)
    {
        var broken = new System.Collections.Concurrent.ConcurrentBag<string>();
        var pages = Directory.EnumerateFiles(outputDirectory, "*.html", SearchOption.AllDirectories).ToList();
        Parallel.ForEach(pages, page =>
        {
            foreach (var link in Of(File.ReadAllText(page)).Distinct())
            {
                var target = Resolve(outputDirectory, basePath, link, out var isInternal);
                if (isInternal && (target is null || !File.Exists(target)))
                {
                    broken.Add($"{Path.GetRelativePath(outputDirectory, page)} -> {link}");
                }
            }
        });
        return broken.Order(StringComparer.Ordinal).ToList();
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial System.Text.RegularExpressions.Regex HasScheme();
}
