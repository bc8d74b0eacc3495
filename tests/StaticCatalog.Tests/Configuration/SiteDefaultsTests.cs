using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Configuration;

/// <summary>Where a build takes its theme, site.yml and services.yml from when a site folder leaves them out.</summary>
[Trait("Category", "Unit")]
public sealed class SiteDefaultsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SiteDefaults _defaults;

    public SiteDefaultsTests()
    {
        _defaults = new SiteDefaults(_folder.Combine("carried"));
        _folder.Write("carried/themes/default/layouts/base.sbn-html", "carried");
        _folder.Write("carried/input/site.yml", "title: Carried\n");
        _folder.Write("carried/input/services.yml", "services: []\n");
    }

    private BuildOptions Options(string theme, bool given) => new()
    {
        InputDirectory = _folder.Combine("site", "input"),
        ThemeDirectory = _folder.Combine("site", theme),
        ThemeDirectoryGiven = given,
    };

    [Fact]
    public void The_folders_own_theme_is_used_when_it_has_one()
    {
        _folder.Write("site/themes/default/layouts/base.sbn-html", "own");
        var diagnostics = new DiagnosticBag();

        Assert.Equal(_folder.Combine("site", "themes/default"), _defaults.ThemeFor(Options("themes/default", given: false), diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_folder_without_a_theme_gets_the_carried_one()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Equal(_defaults.Theme, _defaults.ThemeFor(Options("themes/default", given: false), diagnostics));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_theme_asked_for_that_does_not_exist_is_one_SC3003_naming_the_folder()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(_defaults.ThemeFor(Options("my-theme", given: true), diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.TemplateNotFound, error.Code);
        Assert.Contains("my-theme", error.Message);
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("services.yml")]
    public void The_input_folders_file_wins_and_the_carried_one_stands_in_for_a_missing_one(string fileName)
    {
        var input = _folder.Combine("site", "input");
        Assert.Equal(_defaults.Input, _defaults.InputFolderFor(input, fileName));

        _folder.Write(Path.Combine("site", "input", fileName), "# mine\n");
        Assert.Equal(input, _defaults.InputFolderFor(input, fileName));
    }

    [Fact]
    public void With_nothing_carried_the_input_folder_is_read_and_its_loader_uses_the_defaults()
    {
        var none = new SiteDefaults(_folder.Combine("nothing-here"));
        var input = _folder.Combine("site", "input");

        Assert.Equal(input, none.InputFolderFor(input, SiteConfigLoader.FileName));
    }

    public void Dispose() => _folder.Dispose();
}
