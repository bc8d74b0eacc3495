using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Cli.Commands;

/// <summary>The arguments of <c>staticcatalog explain</c>.</summary>
public sealed class ExplainSettings : CommandSettings
{
    [CommandArgument(0, "[CODE]")]
    [Description("A diagnostic code such as SC1007 (default: every code).")]
    public string? Code { get; init; }

    [CommandOption("--markdown")]
    [Description("Print Markdown: without CODE, exactly docs/error-codes.md.")]
    public bool Markdown { get; init; }

    public override ValidationResult Validate() =>
        Code is not null && DiagnosticCatalog.Find(Code) is null
            ? ValidationResult.Error($"'{Code}' is not a StaticCatalog diagnostic code; 'staticcatalog explain' lists them")
            : ValidationResult.Success();
}
