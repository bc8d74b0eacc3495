using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticCatalog.Cli.Commands;

/// <summary>The options of <c>staticcatalog build</c>.</summary>
public sealed class BuildSettings : SiteFolderSettings
{
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
}
