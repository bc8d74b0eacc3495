using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticCatalog.Tests.Docs;

/// <summary>
/// Every relative link in README.md and docs/*.md leads to a file or folder of the repository, and its
/// <c>#anchor</c>, in a Markdown file, to one of that file's headings (named as GitHub names them).
/// </summary>
[Trait("Category", "Unit")]
public sealed class DocumentationLinkTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static TheoryData<string> Pages() => new(["README.md", .. DocsPages()]);

    private static IEnumerable<string> DocsPages() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md")
            .Select(page => "docs/" + Path.GetFileName(page))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_leads_to_a_file_and_heading_that_exist(string page)
    {
        var broken = new List<string>();
        var links = Links(page).ToList();
        foreach (var (url, line) in links)
        {
            var (target, anchor) = Resolve(page, url);

            if (!File.Exists(Full(target)) && !Directory.Exists(Full(target)))
            {
                broken.Add($"{page}({line}): {url}: no file {target}");
            }
            else if (anchor.Length > 0 && target.EndsWith(".md", StringComparison.Ordinal) && !HeadingIds(target).Contains(anchor))
            {
                broken.Add($"{page}({line}): {url}: {target} has no heading #{anchor}");
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void The_readme_links_to_every_page_of_docs()
    {
        var linked = Links("README.md").Select(l => Resolve("README.md", l.Url).Target).ToHashSet();

        var unlinked = DocsPages().Where(p => !linked.Contains(p)).ToList();
        Assert.True(unlinked.Count == 0, "README.md does not link to " + string.Join(", ", unlinked));
    }

    [Fact]
    public void Headings_get_the_ids_github_gives_them()
    {
        Assert.Equal("configuration-inputsiteyml", HeadingId("Configuration: `input/site.yml`"));
        Assert.Equal("previewing-while-you-write-serve", HeadingId("Previewing while you write: `serve`"));
        Assert.Equal("sc1xxx-seed-posts", HeadingId("SC1xxx: Seed posts"));
        Assert.Equal("build---check", HeadingId("build --check"));
    }

    /// <summary>The relative links and images of a page with their lines: no scheme, not in code.</summary>
    private static IEnumerable<(string Url, int Line)> Links(string page)
    {
        var document = Markdig.Markdown.Parse(File.ReadAllText(Full(page)), Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? string.Empty;
            if (url.Length > 0 && !url.Contains("://", StringComparison.Ordinal) && !url.StartsWith("mailto:", StringComparison.Ordinal))
            {
                yield return (url, link.Line + 1);
            }
        }
    }

    /// <summary>The repository path a link on <paramref name="page"/> leads to, and its anchor.</summary>
    private static (string Target, string Anchor) Resolve(string page, string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? string.Empty : Uri.UnescapeDataString(url[(hash + 1)..]);
        if (path.Length == 0)
        {
            return (page, anchor);
        }

        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Full(page))!, Uri.UnescapeDataString(path)));
        return (Path.GetRelativePath(RepoPaths.Root, full).Replace('\\', '/').TrimEnd('/'), anchor);
    }

    private static string Full(string repositoryPath) => Path.Combine(RepoPaths.Root, repositoryPath);

    /// <summary>The ids GitHub gives a Markdown file's headings (a repeated one gets <c>-1</c>, <c>-2</c>, ...).</summary>
    private static HashSet<string> HeadingIds(string page)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var document = Markdig.Markdown.Parse(File.ReadAllText(Full(page)), Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = HeadingId(PlainText(heading.Inline));
            var unique = id;
            for (var n = 1; !ids.Add(unique); n++)
            {
                unique = $"{id}-{n}";
            }
        }

        return ids;
    }

    private static string HeadingId(string text)
    {
        var id = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                id.Append(c);
            }
            else if (c == ' ')
            {
                id.Append('-');
            }
        }

        return id.ToString();
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var child in inline?.Descendants<Inline>() ?? [])
        {
            text.Append(child switch
            {
                LiteralInline literal => literal.Content.ToString(),
                CodeInline code => code.Content,
                _ => string.Empty,
            });
        }

        return text.ToString();
    }
}
