using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticCatalog.Cli.Commands;

/// <summary>The options of <c>staticcatalog evaluate</c>.</summary>
public sealed class EvaluateSettings : CommandSettings
{
    [CommandOption("--labels <FILE>")]
    [Description("The labelled set.")]
    [DefaultValue("tests/StaticCatalog.Tests/Catalog/LabelledSet/labels.yml")]
    public string Labels { get; init; } = "tests/StaticCatalog.Tests/Catalog/LabelledSet/labels.yml";

    [CommandOption("--posts <DIR>")]
    [Description("The folder the labelled posts are in.")]
    [DefaultValue("../shared/corpus/news")]
    public string Posts { get; init; } = "../shared/corpus/news";

    [CommandOption("--input <DIR>")]
    [Description("Folder with services.yml.")]
    [DefaultValue("input")]
    public string Input { get; init; } = "input";

    [CommandOption("-v|--verbose")]
    [Description("List every miss and every item not in the labels.")]
    public bool Verbose { get; init; }
}
