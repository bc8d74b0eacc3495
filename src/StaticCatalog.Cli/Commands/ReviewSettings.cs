using System.ComponentModel;
using Spectre.Console.Cli;
using StaticCatalog.Configuration;

namespace StaticCatalog.Cli.Commands;

/// <summary>The folders every <c>staticcatalog review</c> command reads.</summary>
public class ReviewSettings : CommandSettings
{
    [CommandOption("--seeds <DIR>")]
    [Description("Folder of seed posts (*.md, subfolders included); each post's decisions are kept beside it in post.catalog.yml.")]
    [DefaultValue("seeds")]
    public string Seeds { get; init; } = "seeds";

    [CommandOption("--input <DIR>")]
    [Description("Folder with site.yml and services.yml (each one missing comes from the tool).")]
    [DefaultValue("input")]
    public string Input { get; init; } = "input";

    public BuildOptions ToOptions() => new() { SeedsDirectory = Seeds, InputDirectory = Input };
}
