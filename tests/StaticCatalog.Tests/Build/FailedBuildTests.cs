using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Pipeline;

namespace StaticCatalog.Tests.Build;

/// <summary>A build with errors exits 1 and never damages the last good site.</summary>
[Trait("Category", "Program")]
public sealed class FailedBuildTests : IDisposable
{
    private readonly TestSite _site = new();

    [Fact]
    public void A_build_with_an_error_leaves_the_previous_site_untouched()
    {
        _site.Seed("2025-12-01-good.md", TestSite.Post("Good post"));
        Assert.True(_site.Build().Succeeded);
        var before = OutputTrees.Hashes(_site.OutputDirectory);

        _site.Seed("2025-12-02-bad.md", "---\ntitle: Bad post\ndate: not a date\n---\nBody\n");
        _site.Seed("2025-12-03-another-good.md", TestSite.Post("Another good post"));
        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.False(result.OutputWritten);
        Assert.Equal(0, result.PagesWritten);
        Assert.Equal(before, OutputTrees.Hashes(_site.OutputDirectory));
        Assert.Empty(Directory.GetDirectories(_site.Folder.Path, ".*"));
    }

    [Fact]
    public void Keep_going_writes_every_other_post_and_still_fails()
    {
        _site.Seed("2025-12-01-good.md", TestSite.Post("Good post"));
        _site.Seed("2025-12-02-bad.md", "---\ndate: 2025-12-02\n---\nNo title\n");

        var result = _site.Build(keepGoing: true);

        Assert.False(result.Succeeded);
        Assert.True(result.OutputWritten);
        Assert.Equal(DiagnosticCodes.MissingTitle, Assert.Single(result.Diagnostics).Code);
        Assert.True(_site.Exists("posts/2025/12/good-post/index.html"));
        Assert.Single(Directory.GetDirectories(Path.Combine(_site.OutputDirectory, "posts", "2025", "12")));
    }

    [Fact]
    public void Every_kind_of_bad_seed_is_reported_with_its_file_and_none_crashes_the_build()
    {
        _site.Seed("no-front-matter.md", "Just text\n");
        _site.Seed("invalid-yaml.md", "---\ntitle: 'unclosed\ndate: 2025-01-01\n---\nBody\n");
        _site.Seed("no-title.md", "---\ndate: 2025-01-01\n---\nBody\n");
        _site.Seed("bad-date.md", "---\ntitle: T\ndate: 31/31/2025\n---\nBody\n");
        _site.Seed("no-date.md", "---\ntitle: T\n---\nBody\n");
        _site.Seed("empty.md", "");
        _site.SeedBytes("latin1.md", [.. "---\ntitle: caf"u8, 0xE9, .. "\ndate: 2025-01-01\n---\n"u8]);
        _site.Seed("2025-01-01-tags-string.md", "---\ntitle: Tags as text\ntags: AKS, DNS\n---\nBody\n");
        _site.SeedBytes("2025-01-02-bom-crlf.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: BOM and CRLF\r\ndate: 2025-01-02\r\n---\r\nBody\r\n"u8]);

        var result = _site.Build(keepGoing: true);

        var byFile = result.Diagnostics.ToLookup(d => Path.GetFileName(d.Path), d => d.Code);
        Assert.Equal([DiagnosticCodes.NoFrontMatter], byFile["no-front-matter.md"]);
        Assert.Equal([DiagnosticCodes.InvalidYaml], byFile["invalid-yaml.md"]);
        Assert.Equal([DiagnosticCodes.MissingTitle], byFile["no-title.md"]);
        Assert.Equal([DiagnosticCodes.InvalidDate], byFile["bad-date.md"]);
        Assert.Equal([DiagnosticCodes.MissingDate], byFile["no-date.md"]);
        Assert.Equal([DiagnosticCodes.EmptyFile], byFile["empty.md"]);
        Assert.Equal([DiagnosticCodes.InvalidUtf8], byFile["latin1.md"]);
        Assert.Equal([DiagnosticCodes.WrongFieldType], byFile["2025-01-01-tags-string.md"]);
        Assert.Empty(byFile["2025-01-02-bom-crlf.md"]);
        Assert.All(result.Diagnostics, d => Assert.Matches(@"^/.+\.md(\(\d+,\d+\))?: (error|warning) SC\d{4}: .+$", d.ToString()));
        Assert.True(_site.Exists("posts/2025/01/bom-and-crlf/index.html"));
        Assert.True(_site.Exists("tags/aks/index.html"));
        Assert.Equal(9, result.SourcesRead);
    }

    [Fact]
    public void An_output_folder_that_would_replace_the_seeds_is_refused()
    {
        _site.Seed("2025-12-01-good.md", TestSite.Post("Good post"));

        var result = SiteBuilder.Build(new BuildOptions
        {
            SeedsDirectory = _site.SeedsDirectory,
            InputDirectory = RepoPaths.Input,
            ThemeDirectory = RepoPaths.Theme,
            OutputDirectory = _site.Folder.Path,
        });

        Assert.Equal(DiagnosticCodes.OutputWrite, Assert.Single(result.Diagnostics).Code);
        Assert.True(File.Exists(Path.Combine(_site.SeedsDirectory, "2025-12-01-good.md")));
    }

    [Fact]
    public void A_missing_seeds_folder_fails_the_build()
    {
        var result = SiteBuilder.Build(new BuildOptions
        {
            SeedsDirectory = _site.Folder.Combine("nope"),
            InputDirectory = RepoPaths.Input,
            ThemeDirectory = RepoPaths.Theme,
            OutputDirectory = _site.OutputDirectory,
        });

        Assert.Equal(DiagnosticCodes.SeedFolderMissing, Assert.Single(result.Diagnostics).Code);
        Assert.False(result.OutputWritten);
    }

    public void Dispose() => _site.Dispose();
}
