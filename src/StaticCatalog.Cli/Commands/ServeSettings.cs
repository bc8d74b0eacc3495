using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace StaticCatalog.Cli.Commands;

/// <summary>The options of <c>staticcatalog serve</c>.</summary>
public sealed class ServeSettings : SiteFolderSettings
{
    [CommandOption("--port <PORT>")]
    [Description("Port on 127.0.0.1 (0 lets the system choose one).")]
    [DefaultValue(5080)]
    public int Port { get; init; } = 5080;

    [CommandOption("-v|--verbose")]
    [Description("Print the time each stage of each rebuild took.")]
    public bool Verbose { get; init; }

    public override ValidationResult Validate() =>
        Port is < 0 or > 65535 ? ValidationResult.Error("--port: must be between 0 and 65535") : base.Validate();
}
