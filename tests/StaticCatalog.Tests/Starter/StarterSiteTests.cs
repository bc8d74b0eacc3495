using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Pipeline;
using StaticCatalog.Starter;

namespace StaticCatalog.Tests.Starter;

/// <summary>The site <c>staticcatalog new</c> writes: the repository's Starter/ folder, built in place.</summary>
[Trait("Category", "Unit")]
public sealed class StarterSiteTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void It_writes_the_repositorys_Starter_folder_file_for_file()
    {
        var starter = Path.Combine(RepoPaths.Root, "Starter");
        var expected = Directory.GetFiles(starter, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(starter, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

        var written = StarterSite.Write(_folder.Combine("site"), new DiagnosticBag());

        Assert.Equal(expected, written);
        Assert.Contains(".github/workflows/pages.yml", expected);
        Assert.Contains(".gitignore", expected);
        foreach (var path in expected)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(starter, path)), File.ReadAllBytes(_folder.Combine("site", path)));
        }
    }

    [Fact]
    public void An_empty_folder_is_filled()
    {
        Directory.CreateDirectory(_folder.Combine("empty"));

        Assert.NotNull(StarterSite.Write(_folder.Combine("empty"), new DiagnosticBag()));
        Assert.True(File.Exists(_folder.Combine("empty", "input", "site.yml")));
    }

    [Theory]
    [InlineData("site/notes.txt")]
    [InlineData("site/.git/HEAD")]
    public void A_folder_that_holds_anything_is_refused_with_SC4003(string existing)
    {
        _folder.Write(existing, "mine");
        var diagnostics = new DiagnosticBag();

        Assert.Null(StarterSite.Write(_folder.Combine("site"), diagnostics));
        Assert.Equal(DiagnosticCodes.StarterFolderNotEmpty, Assert.Single(diagnostics.ToSortedList()).Code);
        Assert.Single(Directory.GetFileSystemEntries(_folder.Combine("site")));
    }

    [Fact]
    public void The_workflow_installs_the_tool_builds_under_the_repository_path_and_deploys_to_Pages()
    {
        var workflow = File.ReadAllText(Path.Combine(RepoPaths.Root, "Starter", ".github", "workflows", "pages.yml"));

        Assert.Contains("dotnet tool install --global StaticCatalog", workflow);
        Assert.Contains("staticcatalog build --base-url /${{ github.event.repository.name }}/", workflow);
        Assert.Contains("actions/upload-pages-artifact", workflow);
        Assert.Contains("actions/deploy-pages", workflow);
    }

    [Fact]
    public void The_starter_builds_with_the_carried_theme_under_a_project_path_without_warnings()
    {
        var site = _folder.Combine("site");
        StarterSite.Write(site, new DiagnosticBag());

        var result = SiteBuilder.Build(new BuildOptions
        {
            SeedsDirectory = Path.Combine(site, "seeds"),
            InputDirectory = Path.Combine(site, "input"),
            ThemeDirectory = Path.Combine(site, "themes", "default"),
            OutputDirectory = Path.Combine(site, "_site"),
            BaseUrl = "/my-repo/",
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, result.PostsPublished);
        Assert.Contains("href=\"/my-repo/posts/2025/12/azure-firewall-adds-flow-logs/\"", File.ReadAllText(Path.Combine(site, "_site", "index.html")));
    }

    public void Dispose() => _folder.Dispose();
}
