using System.Text.RegularExpressions;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Pipeline;

namespace StaticCatalog.Tests.Build;

/// <summary>The whole shared corpus in <c>../shared/corpus/</c>, built once (<see cref="CorpusSiteFixture"/>): nothing lost, nothing broken, nothing random.</summary>
[Collection(CorpusSiteCollection.Name)]
[Trait("Category", "Corpus")]
public sealed partial class CorpusSiteTests
{
    private readonly CorpusSiteFixture _corpus;

    public CorpusSiteTests(CorpusSiteFixture corpus)
    {
        _corpus = corpus;
    }

    [CorpusFact]
    public void The_corpus_builds_with_no_errors()
    {
        Assert.True(_corpus.Result.Succeeded, string.Join("\n", _corpus.Result.Diagnostics.Take(20)));
        Assert.True(CorpusSiteFixture.SeedCount > 3_000, $"only {CorpusSiteFixture.SeedCount} posts: the corpus's five folders were not all read");
        Assert.Equal(CorpusSiteFixture.SeedCount, _corpus.Result.SourcesRead);
        Assert.True(_corpus.Result.OutputWritten);
    }

    [CorpusFact]
    public void Every_post_has_its_own_page()
    {
        var postPages = _corpus.Links.Keys.Where(p => PostPage().IsMatch(p)).ToList();

        Assert.Equal(CorpusSiteFixture.SeedCount, postPages.Count);
        Assert.Equal(_corpus.Result.PostsPublished, postPages.Count);
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
        var problems = check.Diagnostics.Where(d => !WrittenByAnAuthor(d)).ToList();

        Assert.Equal(_corpus.Links.Count, check.PagesChecked);
        // The site feed, one per service with posts and one per tag of tag_feed_min_posts posts: about 2,100.
        Assert.Equal(Directory.EnumerateFiles(_corpus.Output, "*.xml", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) is "atom.xml" or "changes.xml"), check.FeedsChecked);
        Assert.True(check.FeedsChecked > 1_000, $"only {check.FeedsChecked} feeds were checked");
        Assert.True(problems.Count == 0, $"{problems.Count} problems, first ones:\n" + string.Join("\n", problems.Take(20)));
    }

    [CorpusFact]
    public void Every_internal_link_of_every_file_resolves_to_a_file_under_the_project_path()
    {
        Assert.Equal(CorpusSiteFixture.BasePath, _corpus.Check.SiteUrl.BasePath);
        Assert.True(_corpus.Check.LinksChecked > 400_000, $"only {_corpus.Check.LinksChecked} links were checked");
        var broken = _corpus.Check.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink && !WrittenByAnAuthor(d)).ToList();

        Assert.True(broken.Count == 0, $"{broken.Count} broken links, first ones:\n" + string.Join("\n", broken.Take(20)));
    }

    [CorpusFact]
    public void The_corpus_catalog_matches_its_schema_and_every_item_links_to_its_paragraph()
    {
        var catalog = CatalogChecks.Catalog(_corpus.Output);
        var features = catalog["features"]!.AsArray();
        var limits = catalog["limits"]!.AsArray();
        var services = catalog["services"]!.AsArray();
        Assert.True(features.Count > 1000, $"{features.Count} features");
        Assert.True(limits.Count > 100, $"{limits.Count} limits");
        Assert.True(services.Count(s => s!["post_count"]!.GetValue<int>() > 0) > 50);

        // The anchors the build makes: catalog.json's and the catalog pages'. Fragment links written by hand in
        // post bodies are not covered here: a few of the corpus's name headings whose ids differ.
        var catalogFiles = new[] { "catalog.json", "services/", "status/", "limits/" }.Select(f => Path.Join(_corpus.Output, f)).ToList();
        var problems = _corpus.Check.Diagnostics
            .Where(d => d.Code == DiagnosticCodes.CatalogSchemaViolation
                        || (d.Code == DiagnosticCodes.BrokenFragment && catalogFiles.Any(f => d.Path.StartsWith(f, StringComparison.Ordinal))))
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [CorpusFact]
    public void A_second_build_of_the_corpus_from_other_folders_at_another_time_is_byte_identical()
    {
        using var folder = new TempFolder();
        var copies = folder.Combine("elsewhere", "sources");
        FolderCopy.Copy(RepoPaths.CorpusRoot, Path.Combine(copies, "corpus"));
        FolderCopy.Copy(RepoPaths.Input, Path.Combine(copies, "input"));
        FolderCopy.Copy(RepoPaths.Theme, Path.Combine(copies, "theme"));
        Thread.Sleep(TimeSpan.FromSeconds(1)); // at least a second after the shared build: a clock read anywhere would differ

        var second = SiteBuilder.Build(new BuildOptions
        {
            SeedsDirectory = Path.Combine(copies, "corpus"),
            InputDirectory = Path.Combine(copies, "input"),
            ThemeDirectory = Path.Combine(copies, "theme"),
            OutputDirectory = folder.Combine("elsewhere", "site"),
            BaseUrl = CorpusSiteFixture.BaseUrl,
        });

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics.Take(20)));
        OutputTrees.AssertIdentical(_corpus.Output, folder.Combine("elsewhere", "site"));
    }

    [CorpusFact]
    public void No_page_of_the_corpus_site_is_over_150_KB_and_its_scripts_total_under_30_KB()
    {
        var pages = Directory.EnumerateFiles(_corpus.Output, "*.html", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(_corpus.Output, path), Bytes: new FileInfo(path).Length))
            .OrderByDescending(p => p.Bytes)
            .ToList();
        var scripts = Directory.EnumerateFiles(_corpus.Output, "*.js", SearchOption.AllDirectories).Sum(path => new FileInfo(path).Length);

        var over = pages.TakeWhile(p => p.Bytes > 150 * 1024).Select(p => $"{p.Path}: {p.Bytes:N0} bytes").ToList();
        Assert.True(over.Count == 0, "pages over 150 KB:\n" + string.Join("\n", over.Take(20)));
        Assert.True(pages[0].Bytes > 50 * 1024, "the largest page is big enough to tell the limit is being tested");
        Assert.InRange(scripts, 1, 30 * 1024 - 1);
    }

    /// <summary>
    /// A problem the check finds in a link an author wrote in a post, not one the build made: a fragment the build
    /// already warned about (SC2003), or a root-relative link to the corpus's original site (<c>/ai/videos/...</c>, in
    /// the roundups) that leaves the project path. Every link the build writes itself must check clean.
    /// </summary>
    private bool WrittenByAnAuthor(Diagnostic problem)
    {
        if (QuotedLink().Match(problem.Message) is not { Success: true } quoted)
        {
            return false;
        }

        var link = quoted.Groups[1].Value;
        return problem.Code switch
        {
            DiagnosticCodes.BrokenFragment => _corpus.Result.Diagnostics.Any(d => d.Code == DiagnosticCodes.BrokenPostFragment && d.Message.Contains($"'{link}'", StringComparison.Ordinal)),
            DiagnosticCodes.BrokenLink => link.StartsWith('/') && !link.StartsWith(CorpusSiteFixture.BasePath, StringComparison.Ordinal) && CorpusText.Value.Contains($"({link})", StringComparison.Ordinal),
            _ => false,
        };
    }

    private static readonly Lazy<string> CorpusText = new(() =>
        string.Join('\n', Directory.EnumerateFiles(RepoPaths.CorpusRoot, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText)));

    [GeneratedRegex("^the link '([^']*)'")]
    private static partial Regex QuotedLink();

    [GeneratedRegex(@"^posts/\d{4}/\d{2}/[^/]+/index\.html$")]
    private static partial Regex PostPage();

    [GeneratedRegex(@"^(tags/[^/]+/)(page/\d+/)?index\.html$")]
    private static partial Regex TagListPage();
}
