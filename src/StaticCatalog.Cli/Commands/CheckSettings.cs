using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticCatalog.Urls;

namespace StaticCatalog.Cli.Commands;

/// <summary>The arguments of <c>staticcatalog check</c>.</summary>
public sealed class CheckSettings : CommandSettings
{
    [CommandArgument(0, "[DIR]")]
    [Description("The built site folder to check.")]
    [DefaultValue("_site")]
    public string Directory { get; init; } = "_site";

    [CommandOption("--base-url <URL>")]
    [Description("Site root the links were built for, such as https://user.github.io/my-repo/ or /my-repo/ (default: read from the canonical link of DIR/index.html).")]
    public string? BaseUrl { get; init; }

    [CommandOption("--catalog")]
    [Description("Also report the catalog's consistency report (conflicting values, stale previews, planned dates passed, features that went backwards, retirements due), from DIR/catalog.json, as warnings SC9001-SC9005.")]
    public bool Catalog { get; init; }

    [CommandOption("--strict")]
    [Description("With --catalog: report its items as errors, so that any of them makes the exit code 1.")]
    public bool Strict { get; init; }

    public override ValidationResult Validate()
    {
        if (BaseUrl is not null && SiteUrl.TryParse(BaseUrl, out var error) is null)
        {
            return ValidationResult.Error($"--base-url: {error}");
        }

        if (Strict && !Catalog)
        {
            return ValidationResult.Error("--strict applies to --catalog: give both");
        }

        return ValidationResult.Success();
    }
}
