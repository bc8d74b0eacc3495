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

    public override ValidationResult Validate()
    {
        if (BaseUrl is not null && SiteUrl.TryParse(BaseUrl, out var error) is null)
        {
            return ValidationResult.Error($"--base-url: {error}");
        }

        return ValidationResult.Success();
    }
}
