using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticCatalog.Urls;

namespace StaticCatalog.Cli.Commands;

/// <summary>The options of <c>staticcatalog build</c>.</summary>
public sealed class BuildSettings : CommandSettings
{
    [CommandOption("--seeds <DIR>")]
    [Description("Folder of seed posts (*.md, subfolders included).")]
    [DefaultValue("seeds")]
    public string Seeds { get; init; } = "seeds";

    [CommandOption("--input <DIR>")]
    [Description("Folder with site.yml and files that override the theme's.")]
    [DefaultValue("input")]
    public string Input { get; init; } = "input";

    [CommandOption("--theme <DIR>")]
    [Description("Theme folder (layouts, partials, assets).")]
    [DefaultValue("themes/default")]
    public string Theme { get; init; } = "themes/default";

    [CommandOption("--output <DIR>")]
    [Description("Where the site is written; replaced whole only when the build succeeds.")]
    [DefaultValue("_site")]
    public string Output { get; init; } = "_site";

    [CommandOption("--base-url <URL>")]
    [Description("Site root, such as https://user.github.io/my-repo/ or /my-repo/ (default: base_url in site.yml).")]
    public string? BaseUrl { get; init; }

    [CommandOption("--keep-going")]
    [Description("Write the site without the posts that have errors (the exit code is still 1).")]
    public bool KeepGoing { get; init; }

    [CommandOption("--check")]
    [Description("Check the written site as 'staticcatalog check' does (links, fragments, HTML, feeds, sitemap, catalog.json); problems fail the build.")]
    public bool Check { get; init; }

    [CommandOption("--compare-to <PATH>")]
    [Description("A previous catalog.json (file, site folder or URL of the published site): write a Markdown report of what changed.")]
    public string? CompareTo { get; init; }

    [CommandOption("--report <FILE>")]
    [Description("Where --compare-to writes its report.")]
    [DefaultValue("catalog-changes.md")]
    public string Report { get; init; } = "catalog-changes.md";

    [CommandOption("-v|--verbose")]
    [Description("Print the time each stage took.")]
    public bool Verbose { get; init; }

    public override ValidationResult Validate()
    {
        if (BaseUrl is not null && SiteUrl.TryParse(BaseUrl, out var error) is null)
        {
            return ValidationResult.Error($"--base-url: {error}");
        }

        return ValidationResult.Success();
    }
}
