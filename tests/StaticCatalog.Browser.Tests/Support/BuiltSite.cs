using System.Text.RegularExpressions;
using StaticCatalog.Configuration;
using StaticCatalog.Pipeline;
using StaticCatalog.Tests.Support;

namespace StaticCatalog.Browser.Tests.Support;

/// <summary>A site built into a temporary folder from a folder of seeds, with the repository's input and theme.</summary>
public sealed partial class BuiltSite
{
    private BuiltSite(string output, IReadOnlyDictionary<string, string> pageTypes)
    {
        OutputDirectory = output;
        PageTypes = pageTypes;
    }

    public string OutputDirectory { get; }

    /// <summary>
    /// One page of each kind (the <c>page-KIND</c> class on <c>&lt;body&gt;</c>), as a path relative to the site
    /// root: the first such page in ordinal path order, so runs pick the same pages.
    /// </summary>
    public IReadOnlyDictionary<string, string> PageTypes { get; }

    public static BuiltSite Build(string seeds, string output, string basePath, string? input = null)
    {
        var result = SiteBuilder.Build(new BuildOptions
        {
            SeedsDirectory = seeds,
            InputDirectory = input ?? RepoPaths.Input,
            ThemeDirectory = RepoPaths.Theme,
            OutputDirectory = output,
            BaseUrl = basePath,
        });
        if (!result.Succeeded || !result.OutputWritten)
        {
            throw new InvalidOperationException("The site did not build:\n" + string.Join('\n', result.Diagnostics));
        }

        return new BuiltSite(output, FindPageTypes(output));
    }

    private static Dictionary<string, string> FindPageTypes(string output)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(full => Path.GetRelativePath(output, full).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var kind = BodyKind().Match(File.ReadAllText(Path.Combine(output, page)));
            if (kind.Success)
            {
                var url = page == "index.html" ? "" : page.EndsWith("/index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page;
                types.TryAdd(kind.Groups[1].Value, url);
            }
        }

        return types;
    }

    [GeneratedRegex("<body class=\"page-([a-z-]+)\"")]
    private static partial Regex BodyKind();
}
