using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticCatalog.Cli.Commands;

/// <summary>The arguments of <c>staticcatalog review accept|reject|undo POST ITEM...</c>.</summary>
public class ReviewDecideSettings : ReviewSettings
{
    [CommandArgument(0, "<POST>")]
    [Description("The seed file, as 'staticcatalog review' lists it (or its path below the seeds folder).")]
    public string Post { get; init; } = string.Empty;

    [CommandArgument(1, "<ITEMS>")]
    [Description("Item ids as the listing gives them (f1 is the post's first feature, l1 its first limit), or an item's label in quotes.")]
    public string[] Items { get; init; } = [];
}
