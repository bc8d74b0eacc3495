using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticCatalog.Configuration;
using StaticCatalog.Urls;

namespace StaticCatalog.Cli.Commands;

/// <summary>The folders and base URL that <c>build</c> and <c>serve</c> share.</summary>
public abstract class SiteFolderSettings : CommandSettings
{
    [CommandOption("--seeds <DIR>")]
    [Description("Folder of seed posts (*.md, subfolders included).")]
    [DefaultValue("seeds")]
    public string Seeds { get; init; } = "seeds";

    [CommandOption("--input <DIR>")]
    [Description("Folder with site.yml, services.yml and files that override the theme's (each one missing comes from the tool).")]
    [DefaultValue("input")]
    public string Input { get; init; } = "input";

    [CommandOption("--theme <DIR>")]
    [Description("Theme folder (layouts, partials, assets). Default: themes/default when the folder has one, else the theme the tool carries.")]
    public string? Theme { get; init; }

    [CommandOption("--output <DIR>")]
    [Description("Where the site is written; replaced whole only when the build succeeds.")]
    [DefaultValue("_site")]
    public string Output { get; init; } = "_site";

    [CommandOption("--base-url <URL>")]
    [Description("Site root, such as https://user.github.io/my-repo/ or /my-repo/ (default: base_url in site.yml).")]
    public string? BaseUrl { get; init; }

    [CommandOption("--as-of <DATE>")]
    [Description("The day the catalog's checks count from (stale previews, passed plans, retirements due), as yyyy-MM-dd (default: the newest post's date, so the same seeds give the same site).")]
    public string? AsOf { get; init; }

    [CommandOption("--no-wait")]
    [Description("When another build or serve is writing the output folder, stop at once (error SC5002) instead of waiting up to 10 minutes.")]
    public bool NoWait { get; init; }

    /// <summary>The build options these folders give; a command adds its own.</summary>
    public BuildOptions ToOptions() => new()
    {
        SeedsDirectory = Seeds,
        InputDirectory = Input,
        ThemeDirectory = Theme ?? new BuildOptions().ThemeDirectory,
        ThemeDirectoryGiven = Theme is not null,
        OutputDirectory = Output,
        BaseUrl = BaseUrl,
        AsOf = AsOf is null ? null : DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public override ValidationResult Validate()
    {
        if (BaseUrl is not null && SiteUrl.TryParse(BaseUrl, out var error) is null)
        {
            return ValidationResult.Error($"--base-url: {error}");
        }

        if (AsOf is not null && !DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ValidationResult.Error($"--as-of: '{AsOf}' is not a date written yyyy-MM-dd (2026-03-31)");
        }

        return ValidationResult.Success();
    }
}
