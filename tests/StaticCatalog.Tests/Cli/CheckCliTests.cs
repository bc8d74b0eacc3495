namespace StaticCatalog.Tests.Cli;

/// <summary><c>staticcatalog check</c> as a user meets it: diagnostics on stderr, a summary line, the exit code.</summary>
[Trait("Category", "Program")]
public sealed class CheckCliTests : IDisposable
{
    private readonly HandMadeSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_clean_site_exits_0_with_a_one_line_summary()
    {
        var run = CliRunner.Start(_site.Folder.Path, "check");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Matches(@"^Checked _site/ \(root https://user\.github\.io/my-repo/\): 4 page\(s\), 1 feed\(s\), \d+ internal link\(s\), 0 error\(s\), \d+\.\d\d s\n$", run.Out);
    }

    [Fact]
    public void A_broken_site_exits_1_with_msbuild_style_lines()
    {
        _site.Replace("index.html", "href=\"/my-repo/posts/2025/12/hello/\"", "href=\"/my-repo/posts/2025/12/gone/\"");
        var (line, column) = _site.Find("index.html", "<a href=\"/my-repo/posts/2025/12/gone/\"");

        var run = CliRunner.Start(_site.Folder.Path, "check", "_site");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"_site/index.html({line},{column}): error SC6001: the link '/my-repo/posts/2025/12/gone/' points at /my-repo/posts/2025/12/gone/, which is not a file of the site\n",
            run.Error);
        Assert.Contains("1 error(s)", run.Out);
    }

    [Fact]
    public void A_given_base_url_is_used_and_a_bad_one_is_a_usage_error()
    {
        var run = CliRunner.Start(_site.Folder.Path, "check", "--base-url", "/other/");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SC6001: the link '/my-repo/posts/2025/12/hello/' is outside the base path /other/", run.Error);
        Assert.Equal(2, CliRunner.Start(_site.Folder.Path, "check", "--base-url", "not a url").ExitCode);
    }

    [Fact]
    public void A_missing_folder_exits_1()
    {
        var run = CliRunner.Start(_site.Folder.Path, "check", "nowhere");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("nowhere: error SC6008: the site folder 'nowhere' does not exist\n", run.Error);
    }
}
