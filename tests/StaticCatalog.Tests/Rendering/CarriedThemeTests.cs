using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Rendering;

/// <summary>The theme chain in a build: the input folder, then the folder's theme or the one the program carries.</summary>
[Trait("Category", "Unit")]
public sealed class CarriedThemeTests : IDisposable
{
    private readonly TestSite _site = new();

    public CarriedThemeTests()
    {
        // Tags are not evidence of a post's services: the body names the one it is about.
        _site.Seed("2025-12-01-a.md", TestSite.Post("Carried", tags: "- Azure\n- Azure Firewall", body: "Azure Firewall gets new rules this week.<!--excerpt_end-->\n\nThe body."));
        _site.InputDirectory = _site.Folder.Combine("input");
        _site.ThemeDirectory = _site.Folder.Combine("themes", "default");
    }

    [Fact]
    public void A_site_without_theme_or_input_is_drawn_with_the_carried_theme_and_taxonomy()
    {
        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "js", "site.js")), _site.Read("assets/js/site.js"));
        Assert.True(_site.Exists("services/firewall/index.html"));
        Assert.Contains("<title>Product updates", _site.Read("index.html"));
    }

    [Fact]
    public void An_input_override_wins_over_the_carried_theme()
    {
        _site.Folder.Write("input/partials/post-list.sbn-html", "OVERRIDDEN-LIST");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("OVERRIDDEN-LIST", _site.Read("tags/azure/index.html"));
    }

    [Fact]
    public void Keep_going_with_a_theme_missing_layouts_reports_them_and_no_internal_error()
    {
        _site.Folder.Write("themes/default/layouts/base.sbn-html", "{{ content }}");

        var result = _site.Build(keepGoing: true);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateNotFound && d.Message.Contains("layouts/home.sbn-html"));
        Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.Equal(DiagnosticCodes.TemplateNotFound, d.Code));
    }

    public void Dispose() => _site.Dispose();
}
