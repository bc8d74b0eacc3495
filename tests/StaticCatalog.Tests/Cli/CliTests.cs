namespace StaticCatalog.Tests.Cli;

/// <summary>The command line as a user meets it: options, summary, diagnostics and exit codes.</summary>
[Trait("Category", "Program")]
public sealed class CliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private CliRunner.Run Build(params string[] extra) => CliRunner.Build(_folder.Path, extra);

    [Fact]
    public void Help_lists_the_build_options_and_exits_0()
    {
        var run = CliRunner.Start(_folder.Path, "build", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--seeds", "--input", "--theme", "--output", "--base-url", "--keep-going", "--compare-to", "--report", "--verbose" })
        {
            Assert.Contains(option, run.Out);
        }
    }

    [Fact]
    public void A_good_build_exits_0_and_prints_a_one_line_summary()
    {
        _folder.Write("seeds/2025-12-01-a.md", TestSite.Post("A post"));

        var run = Build("--verbose");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Matches(@"Built _site/: 1 post\(s\) read, \d+ page\(s\) written, 0 error\(s\), 0 warning\(s\), \d+\.\d\d s", run.Out);
        Assert.Contains("render", run.Out);
        Assert.True(File.Exists(_folder.Combine("_site", "posts", "2025", "12", "a-post", "index.html")));
        Assert.DoesNotContain("\u001b[", run.Out);
    }

    [Fact]
    public void A_build_with_input_errors_exits_1_with_msbuild_style_lines_and_keeps_the_old_site()
    {
        _folder.Write("seeds/2025-12-01-a.md", TestSite.Post("A post"));
        Assert.Equal(0, Build().ExitCode);
        _folder.Write("seeds/broken.md", "---\ntitle: Broken\ndate: someday\n---\nBody\n");

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("seeds/broken.md(3,7): error SC1007: 'someday' is not a date", run.Error);
        Assert.Contains("Build failed, _site/ was left as it was", run.Out);
        Assert.True(File.Exists(_folder.Combine("_site", "posts", "2025", "12", "a-post", "index.html")));
    }

    [Fact]
    public void Keep_going_writes_the_site_and_still_exits_1()
    {
        _folder.Write("seeds/2025-12-01-a.md", TestSite.Post("A post"));
        _folder.Write("seeds/broken.md", "no front matter\n");

        var run = Build("--keep-going");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SC1004", run.Error);
        Assert.True(File.Exists(_folder.Combine("_site", "posts", "2025", "12", "a-post", "index.html")));
    }

    [Fact]
    public void A_missing_seeds_folder_exits_1()
    {
        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("seeds: error SC1001: the seeds folder 'seeds' does not exist", run.Error);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("build", "--base-url", "not a url")]
    [InlineData("publish")]
    public void Usage_errors_exit_2_without_a_stack_trace(params string[] args)
    {
        var run = CliRunner.Start(_folder.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Out + run.Error);
    }

    [Fact]
    public void The_base_url_option_puts_every_link_under_the_project_path()
    {
        _folder.Write("seeds/2025-12-01-a.md", TestSite.Post("A post"));

        var run = Build("--base-url", "https://user.github.io/my-repo/", "--output", "public");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(SiteLinks.Broken(_folder.Combine("public"), "/my-repo/"));
        Assert.Contains("href=\"/my-repo/tags/azure/\"", File.ReadAllText(_folder.Combine("public", "index.html")));
    }

    [Fact]
    public void Build_check_checks_the_written_site_and_fails_on_a_broken_link_a_theme_adds()
    {
        _folder.Write("seeds/2025-12-01-a.md", TestSite.Post("A post"));
        var good = CliRunner.Start(_folder.Path, "build", "--seeds", "seeds", "--input", RepoPaths.Input, "--theme", RepoPaths.Theme,
            "--base-url", "https://user.github.io/my-repo/", "--check");

        Assert.Equal(0, good.ExitCode);
        Assert.Matches(@"Checked _site/ \(root https://user.github.io/my-repo/\): \d+ page\(s\), \d+ feed\(s\), \d+ internal link\(s\), 0 error\(s\)", good.Out);

        File.Copy(Path.Combine(RepoPaths.Input, "site.yml"), _folder.Combine("site.yml"));
        File.Copy(Path.Combine(RepoPaths.Input, "services.yml"), _folder.Combine("services.yml"));
        var footer = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "base.sbn-html"))
            .Replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\"><a href=\"{{ site.base_path }}missing/\">gone</a>", StringComparison.Ordinal);
        _folder.Write("layouts/base.sbn-html", footer);
        var bad = CliRunner.Start(_folder.Path, "build", "--seeds", "seeds", "--input", ".", "--theme", RepoPaths.Theme,
            "--base-url", "https://user.github.io/my-repo/", "--check");

        Assert.Equal(1, bad.ExitCode);
        Assert.Matches(@"_site/index\.html\(\d+,\d+\): error SC6001: .*/my-repo/missing/", bad.Error);
    }

    [Fact]
    public void Compare_to_a_previous_build_writes_a_change_report_naming_the_new_post()
    {
        _folder.Write("seeds/2025-12-01-a.md", TestSite.Post("A post"));
        Assert.Equal(0, Build("--output", "published").ExitCode);
        _folder.Write("seeds/2025-12-02-b.md", TestSite.Post("Azure NAT Gateway V2 is now generally available", date: "2025-12-02 10:00:00 +00:00"));

        var run = Build("--compare-to", "published/catalog.json", "--report", "out/changes.md");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Changes since published/catalog.json: 1 new post", run.Out);
        var report = File.ReadAllText(_folder.Combine("out", "changes.md"));
        Assert.StartsWith("# Catalog changes", report);
        Assert.Contains("[Azure NAT Gateway V2 is now generally available](/posts/2025/12/", report);
        Assert.DoesNotContain("A post", report);
    }

    [Fact]
    public void A_previous_catalog_that_cannot_be_read_is_a_warning_and_the_build_still_succeeds()
    {
        _folder.Write("seeds/2025-12-01-a.md", TestSite.Post("A post"));

        var run = Build("--compare-to", "nowhere/catalog.json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("nowhere/catalog.json: warning SC7001:", run.Error);
        Assert.Contains("could not be read", File.ReadAllText(_folder.Combine("catalog-changes.md")));
        Assert.True(File.Exists(_folder.Combine("_site", "index.html")));
    }

    public void Dispose() => _folder.Dispose();
}
