using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Cli;

/// <summary><c>staticcatalog new DIR</c>, then <c>build</c> and <c>--theme</c>, as the program runs them in a folder of the user's.</summary>
[Trait("Category", "Program")]
public sealed class NewCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void New_prints_what_it_wrote_and_the_next_commands_and_the_site_builds()
    {
        var made = CliRunner.Start(_folder.Path, "new", "my-site");

        Assert.Equal(0, made.ExitCode);
        Assert.Equal("", made.Error);
        foreach (var line in new[] { "seeds/2025-12-01-welcome.md", "input/site.yml", ".gitignore", ".github/workflows/pages.yml", "cd my-site", "staticcatalog build" })
        {
            Assert.Contains(line, made.Out);
        }

        var built = CliRunner.Start(_folder.Combine("my-site"), "build");
        Assert.Equal(0, built.ExitCode);
        Assert.Equal("", built.Error);
        Assert.True(File.Exists(_folder.Combine("my-site", "_site", "catalog.json")));
    }

    [Fact]
    public void New_into_a_folder_that_is_not_empty_exits_1_with_SC4003()
    {
        _folder.Write("my-site/keep.md", "mine");

        var made = CliRunner.Start(_folder.Path, "new", "my-site");

        Assert.Equal(1, made.ExitCode);
        Assert.StartsWith($"my-site: error {DiagnosticCodes.StarterFolderNotEmpty}: ", made.Error);
        Assert.Equal("mine", File.ReadAllText(_folder.Combine("my-site", "keep.md")));
    }

    [Fact]
    public void A_theme_option_naming_no_folder_is_one_error()
    {
        _folder.Write("seeds/2025-12-01-a.md", TestSite.Post("A"));

        var built = CliRunner.Start(_folder.Path, "build", "--theme", "themes/mine");

        Assert.Equal(1, built.ExitCode);
        Assert.Equal($"themes/mine: error {DiagnosticCodes.TemplateNotFound}: the theme folder 'themes/mine' does not exist (leave out --theme to use the default theme)",
            built.Error.Trim());
    }

    public void Dispose() => _folder.Dispose();
}
