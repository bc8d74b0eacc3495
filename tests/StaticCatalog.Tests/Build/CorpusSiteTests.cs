using System.Text.RegularExpressions;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Build;

/// <summary>The real corpus in <c>../shared/corpus/news/</c>: nothing lost, nothing broken, nothing random.</summary>
public sealed partial class CorpusSiteTests : IClassFixture<CorpusSiteFixture>
{
    private readonly CorpusSiteFixture _corpus;

    public CorpusSiteTests(CorpusSiteFixture corpus)
    {
        _corpus = corpus;
    }

    [CorpusFact]
    public void The_corpus_builds_with_no_errors()
    {
        Assert.True(_corpus.First.Succeeded, string.Join("\n", _corpus.First.Diagnostics.Take(20)));
        Assert.Equal(Directory.GetFiles(RepoPaths.Corpus, "*.md").Length, _corpus.First.SourcesRead);
        Assert.True(_corpus.First.OutputWritten);
    }

    [CorpusFact]
    public void Every_post_has_its_own_page()
    {
        var postPages = _corpus.Links.Keys.Where(p => PostPage().IsMatch(p)).ToList();

        Assert.Equal(Directory.GetFiles(RepoPaths.Corpus, "*.md").Length, postPages.Count);
        Assert.Equal(_corpus.First.PostsPublished, postPages.Count);
    }

    [CorpusFact]
    public void Every_tag_of_every_post_has_a_page_that_links_back_to_the_post()
    {
        var postsByTagFolder = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (page, links) in _corpus.Links)
        {
            var match = TagListPage().Match(page);
            if (match.Success)
            {
                var folder = match.Groups[1].Value;
                if (!postsByTagFolder.TryGetValue(folder, out var set))
                {
                    postsByTagFolder[folder] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(links.All.Where(l => l.StartsWith(CorpusSiteFixture.BasePath + "posts/2", StringComparison.Ordinal)));
            }
        }

        var checkedLinks = 0;
        var missing = new List<string>();
        foreach (var (page, links) in _corpus.Links.Where(p => PostPage().IsMatch(p.Key)))
        {
            var postUrl = CorpusSiteFixture.BasePath + page[..^"index.html".Length];
            foreach (var tagUrl in links.Tags)
            {
                checkedLinks++;
                var folder = tagUrl[CorpusSiteFixture.BasePath.Length..];
                if (!postsByTagFolder.TryGetValue(folder, out var posts) || !posts.Contains(postUrl))
                {
                    missing.Add($"{postUrl} -> {tagUrl}");
                }
            }
        }

        Assert.True(checkedLinks > 10_000, $"only {checkedLinks} tag links were checked");
        Assert.True(missing.Count == 0, "Tag pages that do not list their post: " + string.Join("\n", missing.Take(20)));
    }

    [CorpusFact]
    public void The_corpus_site_passes_the_whole_check_feeds_sitemap_and_html_included()
    {
        var check = _corpus.Check;

        Assert.Equal(_corpus.Links.Count, check.PagesChecked);
        Assert.True(check.FeedsChecked > 10_000, $"only {check.FeedsChecked} feeds were checked");
        Assert.True(check.Diagnostics.Count == 0, $"{check.Diagnostics.Count} problems, first ones:\n" + string.Join("\n", check.Diagnostics.Take(20)));
    }

    [CorpusFact]
    public void Every_internal_link_of_every_file_resolves_to_a_file_under_the_project_path()
    {
        Assert.Equal(CorpusSiteFixture.BasePath, _corpus.Check.SiteUrl.BasePath);
        Assert.True(_corpus.Check.LinksChecked > 400_000, $"only {_corpus.Check.LinksChecked} links were checked");
        var broken = _corpus.Check.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink).ToList();

        Assert.True(broken.Count == 0, $"{broken.Count} broken links, first ones:\n" + string.Join("\n", broken.Take(20)));
    }

    [CorpusFact]
    public void The_corpus_catalog_matches_its_schema_and_every_item_links_to_its_paragraph()
    {
        var catalog = CatalogChecks.Catalog(_corpus.FirstOutput);
        var features = catalog["features"]!.AsArray();
        var limits = catalog["limits"]!.AsArray();
        var services = catalog["services"]!.AsArray();
        Assert.True(features.Count > 1000, $"{features.Count} features");
        Assert.True(limits.Count > 100, $"{limits.Count} limits");
        Assert.True(services.Count(s => s!["post_count"]!.GetValue<int>() > 0) > 50);

        // The anchors the build makes: catalog.json's and the catalog pages'. Fragment links written by hand in
        // post bodies are not covered here: a few of the corpus's name headings whose ids differ.
        var catalogFiles = new[] { "catalog.json", "services/", "status/", "limits/" }.Select(f => Path.Join(_corpus.FirstOutput, f)).ToList();
        var problems = _corpus.Check.Diagnostics
            .Where(d => d.Code == DiagnosticCodes.CatalogSchemaViolation
                        || (d.Code == DiagnosticCodes.BrokenFragment && catalogFiles.Any(f => d.Path.StartsWith(f, StringComparison.Ordinal))))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [CorpusFact]
    public void Two_builds_of_the_corpus_from_different_folders_at_different_times_are_byte_identical()
    {
        Assert.True(_corpus.Second.Succeeded);
        OutputTrees.AssertIdentical(_corpus.FirstOutput, _corpus.SecondOutput);
    }

    [CorpusFact]
    public void No_page_of_the_corpus_site_is_over_150_KB_and_its_scripts_total_under_30_KB()
    {
        var pages = Directory.EnumerateFiles(_corpus.FirstOutput, "*.html", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(_corpus.FirstOutput, path), Bytes: new FileInfo(path).Length))
            .OrderByDescending(p => p.Bytes)
            .ToList();
        var scripts = Directory.EnumerateFiles(_corpus.FirstOutput, "*.js", SearchOption.AllDirectories).Sum(path => new FileInfo(path).Length);

        var over = pages.TakeWhile(p => p.Bytes > 150 * 1024).Select(p => $"{p.Path}: {p.Bytes:N0} bytes").ToList();
        Assert.True(over.Count == 0, "pages over 150 KB:\n" + string.Join("\n", over.Take(20)));
        Assert.True(pages[0].Bytes > 50 * 1024, "the largest page is big enough to tell the limit is being tested");
        Assert.InRange(scripts, 1, 30 * 1024 - 1);
    }

    [GeneratedRegex(@"^posts/\d{4}/\d{2}/[^/]+/index\.html$")]
    private static partial Regex PostPage();

    [GeneratedRegex(@"^(tags/[^/]+/)(page/\d+/)?index\.html$")]
    private static partial Regex TagListPage();
}
