using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticCatalog.Catalog;

namespace StaticCatalog.Cli.Commands;

/// <summary>The arguments of <c>staticcatalog review correct POST ITEM --status ga ...</c>: the fields to fix; the others stay as extracted.</summary>
public sealed class ReviewCorrectSettings : ReviewSettings
{
    [CommandArgument(0, "<POST>")]
    [Description("The seed file, as 'staticcatalog review' lists it (or its path below the seeds folder).")]
    public string Post { get; init; } = string.Empty;

    [CommandArgument(1, "<ITEM>")]
    [Description("The item id as the listing gives it (f1, l1), or its label in quotes.")]
    public string Item { get; init; } = string.Empty;

    [CommandOption("--name <NAME>")]
    [Description("A feature's name.")]
    public string? Name { get; init; }

    [CommandOption("--status <STATUS>")]
    [Description("A feature's status: planned, preview, ga, retired or unknown.")]
    public string? Status { get; init; }

    [CommandOption("--service <SLUG>")]
    [Description("The service (a slug of services.yml); give it once per service of a feature, once for a limit.")]
    public string[] Service { get; init; } = [];

    [CommandOption("--subject <TEXT>")]
    [Description("What a limit is about (a feature or the service).")]
    public string? Subject { get; init; }

    [CommandOption("--metric <TEXT>")]
    [Description("What a limit measures (throughput, private endpoints per VNet).")]
    public string? Metric { get; init; }

    [CommandOption("--value <NUMBER>")]
    [Description("A limit's number as stated (5000, 1.5).")]
    public string? Value { get; init; }

    [CommandOption("--unit <UNIT>")]
    [Description("A limit's unit (Gbps, pps, TB, ms, count, ...).")]
    public string? Unit { get; init; }

    [CommandOption("--qualifier <TEXT>")]
    [Description("A limit's qualifier (up to, per TCP flow); '-' for none.")]
    public string? Qualifier { get; init; }

    public bool GivesFeatureField => Name is not null || Status is not null || Service.Length > 0;

    /// <summary>A field only a limit has (a service is both a feature's and a limit's).</summary>
    public bool GivesLimitOnlyField => Subject is not null || Metric is not null || Value is not null || Unit is not null || Qualifier is not null;

    public bool GivesLimitField => GivesLimitOnlyField || Service.Length > 0;

    public override ValidationResult Validate()
    {
        if (!GivesFeatureField && !GivesLimitField)
        {
            return ValidationResult.Error("say what to correct: --name, --status or --service for a feature; --value, --unit, --metric, --subject, --qualifier or --service for a limit");
        }

        if (new[] { ("--name", Name), ("--subject", Subject), ("--metric", Metric), ("--unit", Unit), ("--qualifier", Qualifier) }.FirstOrDefault(o => o.Item2 is { } text && text.Trim().Length == 0) is { Item1: { } empty })
        {
            return ValidationResult.Error($"{empty} must not be empty");
        }

        if (Service.Any(s => s.Trim().Length == 0))
        {
            return ValidationResult.Error("--service must not be empty");
        }

        if (Status is not null && !ReleaseStatusNames.TryParse(Status, out _))
        {
            return ValidationResult.Error($"--status: '{Status}' is not a status (planned, preview, ga, retired, unknown)");
        }

        if (Value is not null && !decimal.TryParse(Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return ValidationResult.Error($"--value: '{Value}' is not a number");
        }

        if (Unit is not null && CuratedCatalogReader.FindUnit(Unit) is null && !Unit.Equals("count", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error($"--unit: '{Unit}' is not a known unit (Gbps, pps, TB, GiB, ms, IOPS, tokens, %, count, ...)");
        }

        return ValidationResult.Success();
    }
}
