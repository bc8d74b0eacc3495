using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace StaticCatalog.Cli.Commands;

/// <summary>The arguments of <c>staticcatalog review</c> (the listing).</summary>
public sealed class ReviewListSettings : ReviewSettings
{
    public const double DefaultBelow = 0.7;

    [CommandArgument(0, "[POSTS]")]
    [Description("Seed files to review (paths as given, or below the seeds folder); default: every seed.")]
    public string[] Posts { get; init; } = [];

    [CommandOption("--below <CONFIDENCE>")]
    [Description("List items whose confidence (a feature's, or its status's) is below this, 0 to 1 (default 0.7).")]
    public string? Below { get; init; }

    [CommandOption("--site <DIR>")]
    [Description("A site built from these seeds: also list every item its consistency report (catalog.json insights) points at, whatever its confidence.")]
    public string? Site { get; init; }

    [CommandOption("--all")]
    [Description("Also list the items already decided, with their decision, and every item whatever its confidence.")]
    public bool All { get; init; }

    [CommandOption("--json")]
    [Description("Print the listing as JSON (posts, items with id, kind, label, confidence, evidence and decision).")]
    public bool Json { get; init; }

    public double Threshold => Below is null ? DefaultBelow : double.Parse(Below, CultureInfo.InvariantCulture);

    public override ValidationResult Validate() =>
        Below is not null && (!double.TryParse(Below, NumberStyles.Float, CultureInfo.InvariantCulture, out var below) || below is < 0 or > 1)
            ? ValidationResult.Error($"--below must be a number from 0 to 1, not '{Below}'")
            : ValidationResult.Success();
}
