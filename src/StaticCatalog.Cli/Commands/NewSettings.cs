using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticCatalog.Cli.Commands;

/// <summary>The arguments of <c>staticcatalog new</c>.</summary>
public sealed class NewSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The folder to make: it must not exist yet, or be empty.")]
    public string Directory { get; init; } = string.Empty;
}
