using System.Text.Json;
using StaticCatalog.Diagnostics;
using Xunit.Abstractions;

namespace StaticCatalog.Tests.Package;

/// <summary>
/// The packed and installed tool, run in folders of a user's own outside the repository: no theme, no input,
/// nothing of this repository beside them.
/// </summary>
[Trait("Category", "Package")]
public sealed class InstalledToolTests : IClassFixture<InstalledToolFixture>, IDisposable
{
    private readonly InstalledToolFixture _tool;
    private readonly TempFolder _folder = new();

    public InstalledToolTests(InstalledToolFixture tool, ITestOutputHelper output)
    {
        _tool = tool;
        output.WriteLine($"package {new FileInfo(tool.Package).Length / 1024} KiB, pack {tool.PackTime.TotalSeconds:F1} s, install {tool.InstallTime.TotalSeconds:F1} s");
    }

    [Fact]
    public void A_new_site_builds_and_shows_its_example_post_feature_and_limit()
    {
        var made = _tool.Run(_folder.Path, "new", "site");
        Assert.True(made.ExitCode == 0, made.Error);
        Assert.Contains("seeds/2025-12-01-welcome.md", made.Out);
        Assert.Contains("staticcatalog build", made.Out);

        var site = _folder.Combine("site");
        var built = _tool.Run(site, "build");

        Assert.True(built.ExitCode == 0, built.Out + built.Error);
        Assert.Contains("1 post(s) read", built.Out);
        Assert.Contains("0 warning(s)", built.Out);
        Assert.Contains("Product updates", File.ReadAllText(Path.Combine(site, "_site", "index.html")));
        var post = File.ReadAllText(Path.Combine(site, "_site", "posts", "2025", "12", "azure-firewall-adds-flow-logs", "index.html"));
        Assert.Contains("Azure Firewall adds flow logs and a larger rule limit", post);

        using var catalog = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "_site", "catalog.json")));
        var features = catalog.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => (f.GetProperty("name").GetString(), f.GetProperty("status").GetString())).ToList();
        Assert.Contains(("Azure Firewall Flow Logs", "ga"), features);
        var limit = Assert.Single(catalog.RootElement.GetProperty("limits").EnumerateArray());
        Assert.Equal(20000, limit.GetProperty("value").GetInt32());
        Assert.Contains("Azure Firewall Flow Logs", File.ReadAllText(Path.Combine(site, "_site", "status", "index.html")));
    }

    [Fact]
    public void A_folder_of_only_seeds_builds_with_the_theme_the_tool_carries()
    {
        // Tags are no evidence of what a post is about: the body names the service.
        _folder.Write("seeds/2025-12-01-a.md", TestSite.Post("Only seeds here", tags: "- Azure\n- Azure Firewall", body: "Azure Firewall gets new rules this week.<!--excerpt_end-->\n\nThe body."));

        var built = _tool.Run(_folder.Path, "build");

        Assert.True(built.ExitCode == 0, built.Out + built.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "css", "site.css")), File.ReadAllText(_folder.Combine("_site", "assets", "css", "site.css")));
        Assert.Contains("Only seeds here", File.ReadAllText(_folder.Combine("_site", "index.html")));
        Assert.True(File.Exists(_folder.Combine("_site", "services", "firewall", "index.html")), "the carried services.yml makes the service pages");
    }

    [Fact]
    public void The_folders_own_input_and_theme_override_the_carried_ones()
    {
        _folder.Write("seeds/2025-12-01-a.md", TestSite.Post("Overridden"));
        _folder.Write("input/site.yml", "title: My Own Title\n");
        _folder.Write("input/layouts/post.sbn-html", "<p class=\"mine\">INPUT-POST-LAYOUT</p>");
        _folder.Write("themes/default/assets/css/site.css", "/* THEME-CSS */");
        foreach (var layout in Directory.GetFiles(Path.Combine(RepoPaths.Theme, "layouts")).Concat(Directory.GetFiles(Path.Combine(RepoPaths.Theme, "partials"))))
        {
            _folder.Write(Path.GetRelativePath(RepoPaths.Theme, layout).Insert(0, "themes/default/"), File.ReadAllText(layout));
        }

        var built = _tool.Run(_folder.Path, "build");

        Assert.True(built.ExitCode == 0, built.Out + built.Error);
        Assert.Contains("INPUT-POST-LAYOUT", File.ReadAllText(_folder.Combine("_site", "posts", "2025", "12", "overridden", "index.html")));
        Assert.Equal("/* THEME-CSS */", File.ReadAllText(_folder.Combine("_site", "assets", "css", "site.css")));
        Assert.Contains("My Own Title", File.ReadAllText(_folder.Combine("_site", "index.html")));
    }

    [Fact]
    public void New_into_a_folder_that_holds_something_fails_with_SC4003_and_writes_nothing()
    {
        _folder.Write("site/notes.txt", "mine");

        var made = _tool.Run(_folder.Path, "new", "site");

        Assert.Equal(1, made.ExitCode);
        Assert.Contains($"error {DiagnosticCodes.StarterFolderNotEmpty}", made.Error);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(_folder.Combine("site")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_theme_folder_that_does_not_exist_is_one_error_naming_it()
    {
        _folder.Write("seeds/2025-12-01-a.md", TestSite.Post("A"));

        var built = _tool.Run(_folder.Path, "build", "--theme", "no-such-theme");

        Assert.Equal(1, built.ExitCode);
        var error = Assert.Single(built.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"error {DiagnosticCodes.TemplateNotFound}", error);
        Assert.Contains("no-such-theme", error);
    }

    public void Dispose() => _folder.Dispose();
}
