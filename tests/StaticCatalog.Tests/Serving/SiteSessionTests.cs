using StaticCatalog.Configuration;
using StaticCatalog.Pipeline;
using StaticCatalog.Tests.Support;

namespace StaticCatalog.Tests.Serving;

/// <summary>
/// The incremental rebuild behind <c>serve</c>: after each kind of change the output folder must be byte for byte
/// what a clean build of the same files writes, and only the files whose bytes changed may be rewritten.
/// </summary>
[Trait("Category", "Program")]
public sealed class SiteSessionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SiteSession _session;

    public SiteSessionTests()
    {
        Directory.CreateDirectory(_folder.Combine("seeds"));
        foreach (var seed in Directory.GetFiles(RepoPaths.Seeds, "*.md"))
        {
            File.Copy(seed, _folder.Combine("seeds", Path.GetFileName(seed)));
        }

        WritePost("2025-01-10-firewall.md", "Firewall gets faster", "2025-01-10", ["Networking", "Azure Firewall"],
            "Azure Firewall Premium now supports up to 100 Gbps of throughput in preview.");
        WritePost("2025-02-11-storage.md", "Blob storage news", "2025-02-11", ["Networking", "Storage"],
            "Azure Blob Storage accounts now hold up to 5 PiB each, generally available today.");
        WritePost("2025-03-12-archive.md", "Archive tier notes", "2025-03-12", ["Storage"],
            "The archive tier keeps data for at least 180 days.");
        FolderCopy.Copy(RepoPaths.Input, _folder.Combine("input"));
        FolderCopy.Copy(RepoPaths.Theme, _folder.Combine("theme"));
        _session = new SiteSession(Options(Served));
        Assert.Equal(RebuildKind.Full, _session.Build().Kind);
    }

    private string Served => _folder.Combine("served");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_body_edit_rewrites_only_that_post_and_the_site_feed()
    {
        var before = Stamps();
        var path = WritePost("2025-02-11-storage.md", "Blob storage news", "2025-02-11", ["Networking", "Storage"],
            "Azure Blob Storage accounts now hold up to 5 PiB each, generally available today.",
            "A second paragraph, added while serving.");

        var result = _session.Rebuild([path]);

        Assert.Equal(RebuildKind.Bodies, result.Kind);
        Assert.Equal(1, result.PostsParsed);
        Assert.Contains("posts/2025/02/blob-storage-news/index.html", result.Written);
        Assert.Subset(new HashSet<string> { "posts/2025/02/blob-storage-news/index.html", "atom.xml" }, result.Written.ToHashSet());
        Assert.Contains("added while serving", File.ReadAllText(Path.Combine(Served, "posts/2025/02/blob-storage-news/index.html")));
        AssertOnlyWrittenFilesChanged(before, result);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_review_file_saved_while_serving_changes_its_posts_catalog_as_a_clean_build_would()
    {
        using var catalog = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Served, "catalog.json")));
        var first = catalog.RootElement.GetProperty("features").EnumerateArray().First();
        var feature = first.GetProperty("name").GetString()!;
        var source = catalog.RootElement.GetProperty("posts").EnumerateArray().First(p => p.GetProperty("id").GetString() == first.GetProperty("post").GetString()).GetProperty("source").GetString()!;
        var review = _folder.Write(Path.Combine("seeds", Path.ChangeExtension(source, null) + ".catalog.yml"),
            $"features:\n  - item: {System.Text.Json.JsonSerializer.Serialize(feature)}\n    decision: reject\n");

        var result = _session.Rebuild([review]);

        Assert.Equal(1, result.PostsParsed);
        Assert.Contains("catalog.json", result.Written);
        using var after = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Served, "catalog.json")));
        Assert.DoesNotContain(after.RootElement.GetProperty("features").EnumerateArray(), f => f.GetProperty("name").GetString() == feature);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_review_file_of_an_upper_case_md_seed_is_seen_even_when_the_watcher_lost_its_events()
    {
        var seed = WritePost("2025-04-01-gateway.MD", "Gateway news", "2025-04-01", ["Networking"],
            "Azure NAT Gateway V2 is now generally available with 100 Gbps of throughput.");
        _session.Rebuild([seed]);
        using var catalog = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Served, "catalog.json")));
        var post = catalog.RootElement.GetProperty("posts").EnumerateArray().Single(p => p.GetProperty("title").GetString() == "Gateway news").GetProperty("id").GetString();
        var feature = catalog.RootElement.GetProperty("features").EnumerateArray().First(f => f.GetProperty("post").GetString() == post).GetProperty("name").GetString()!;
        _folder.Write(Path.Combine("seeds", "2025-04-01-gateway.catalog.yml"), $"features:\n  - item: {System.Text.Json.JsonSerializer.Serialize(feature)}\n    decision: reject\n");

        // Lost events: the watcher reports the seeds folder itself, not the file.
        var result = _session.Rebuild([_folder.Combine("seeds")]);

        Assert.Equal(1, result.PostsParsed);
        using var after = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Served, "catalog.json")));
        Assert.DoesNotContain(after.RootElement.GetProperty("features").EnumerateArray(), f => f.GetProperty("post").GetString() == post && f.GetProperty("name").GetString() == feature);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_new_title_rebuilds_every_page_that_shows_it()
    {
        var before = Stamps();
        var path = WritePost("2025-01-10-firewall.md", "Firewall gets much faster", "2025-01-10", ["Networking", "Azure Firewall"],
            "Azure Firewall Premium now supports up to 100 Gbps of throughput in preview.");

        var result = _session.Rebuild([path]);

        Assert.Equal(RebuildKind.Full, result.Kind);
        Assert.Contains("posts/2025/01/firewall-gets-much-faster/index.html", result.Written);
        Assert.Contains("posts/2025/01/firewall-gets-faster/index.html", result.Deleted);
        Assert.Contains("tags/networking/index.html", result.Written);
        AssertOnlyWrittenFilesChanged(before, result);
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_deleted_post_disappears_with_its_page_and_folder()
    {
        var path = _folder.Combine("seeds", "2025-03-12-archive.md");
        File.Delete(path);

        var result = _session.Rebuild([path]);

        Assert.Equal(RebuildKind.Full, result.Kind);
        Assert.Contains("posts/2025/03/archive-tier-notes/index.html", result.Deleted);
        Assert.False(Directory.Exists(Path.Combine(Served, "posts/2025/03/archive-tier-notes")));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_renamed_tag_moves_its_posts_and_removes_the_old_tag_page()
    {
        var path = WritePost("2025-03-12-archive.md", "Archive tier notes", "2025-03-12", ["Cold Storage"],
            "The archive tier keeps data for at least 180 days.");

        var result = _session.Rebuild([path]);

        Assert.Equal(RebuildKind.Full, result.Kind);
        Assert.Contains("tags/cold-storage/index.html", result.Written);
        Assert.True(File.Exists(Path.Combine(Served, "tags/storage/index.html"))); // still has the storage post
        Assert.DoesNotContain("Archive tier notes", File.ReadAllText(Path.Combine(Served, "tags/storage/index.html")));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_new_post_is_added_to_the_lists()
    {
        var path = WritePost("2025-04-01-new.md", "A brand new post", "2025-04-01", ["Storage"], "Fresh news about storage.");

        var result = _session.Rebuild([path]);

        Assert.Equal(RebuildKind.Full, result.Kind);
        Assert.Contains("A brand new post", File.ReadAllText(Path.Combine(Served, "index.html")));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_changed_template_rebuilds_like_a_clean_build()
    {
        var layout = _folder.Combine("theme", "layouts", "post.sbn-html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</article>", "<p class=\"changed-template\">Edited layout</p></article>", StringComparison.Ordinal));

        var result = _session.Rebuild([layout]);

        Assert.Equal(RebuildKind.Full, result.Kind);
        Assert.Contains("Edited layout", File.ReadAllText(Path.Combine(Served, "posts/2025/03/archive-tier-notes/index.html")));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_changed_site_config_rebuilds_like_a_clean_build()
    {
        var config = _folder.Combine("input", "site.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("page_size: 20", "page_size: 2", StringComparison.Ordinal));

        var result = _session.Rebuild([config]);

        Assert.Equal(RebuildKind.Full, result.Kind);
        Assert.True(File.Exists(Path.Combine(Served, "posts/page/2/index.html")));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void A_broken_seed_writes_nothing_and_the_fix_catches_up_with_every_edit_made_meanwhile()
    {
        var before = Stamps();
        var edited = WritePost("2025-02-11-storage.md", "Blob storage news", "2025-02-11", ["Networking", "Storage"],
            "Azure Blob Storage accounts now hold up to 5 PiB each, generally available today.", "Edited during the breakage.");
        var broken = _folder.Write(Path.Combine("seeds", "2025-03-12-archive.md"), "---\ntitle: [unclosed\ndate: 2025-03-12\n---\nBody.\n");

        var failed = _session.Rebuild([edited, broken]);

        Assert.Equal(RebuildKind.Failed, failed.Kind);
        var error = Assert.Single(failed.Diagnostics, d => d.IsError);
        Assert.EndsWith("2025-03-12-archive.md", error.Path, StringComparison.Ordinal);
        Assert.Equal(before, Stamps());

        var fixedPath = WritePost("2025-03-12-archive.md", "Archive tier notes", "2025-03-12", ["Storage"],
            "The archive tier keeps data for at least 180 days.");
        var result = _session.Rebuild([fixedPath]);

        Assert.True(result.Succeeded);
        Assert.Contains("Edited during the breakage", File.ReadAllText(Path.Combine(Served, "posts/2025/02/blob-storage-news/index.html")));
        AssertSameAsCleanBuild();
    }

    [Fact]
    public void Saving_a_file_unchanged_writes_nothing()
    {
        var path = _folder.Combine("seeds", "2025-01-10-firewall.md");
        File.WriteAllText(path, File.ReadAllText(path));

        var result = _session.Rebuild([path]);

        Assert.Equal(RebuildKind.Unchanged, result.Kind);
        Assert.Empty(result.Written);
        Assert.Equal(0, result.PostsParsed);
    }

    private BuildOptions Options(string output) => new()
    {
        SeedsDirectory = _folder.Combine("seeds"),
        InputDirectory = _folder.Combine("input"),
        ThemeDirectory = _folder.Combine("theme"),
        OutputDirectory = output,
    };

    private void AssertSameAsCleanBuild()
    {
        var clean = _folder.Combine("clean");
        var build = SiteBuilder.Build(Options(clean));
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        OutputTrees.AssertIdentical(clean, Served);
    }

    /// <summary>Every file of the served site and its last write time.</summary>
    private Dictionary<string, DateTime> Stamps() =>
        Directory.EnumerateFiles(Served, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Served, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private void AssertOnlyWrittenFilesChanged(Dictionary<string, DateTime> before, RebuildResult result)
    {
        var after = Stamps();
        var touched = after.Where(f => !before.TryGetValue(f.Key, out var stamp) || stamp != f.Value).Select(f => f.Key).Order(StringComparer.Ordinal);
        Assert.Equal(result.Written.Order(StringComparer.Ordinal), touched);
    }

    private string WritePost(string file, string title, string date, string[] tags, params string[] paragraphs)
    {
        var text = $"---\ntitle: '{title}'\ndate: {date} 10:00:00 +00:00\nauthor: Test Author\nfeed_name: Test Feed\ntags:\n"
                   + string.Concat(tags.Select(t => $"- {t}\n"))
                   + "section_names:\n- Cloud\n---\n"
                   + paragraphs[0] + "\n\n<!--excerpt_end-->\n\n" + string.Join("\n\n", paragraphs.Skip(1)) + "\n";
        return _folder.Write(Path.Combine("seeds", file), text);
    }
}
