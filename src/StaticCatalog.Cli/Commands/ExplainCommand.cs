using Spectre.Console.Cli;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Cli.Commands;

/// <summary>
/// <c>staticcatalog explain [CODE] [--markdown]</c>: what a diagnostic code means and what to do about it,
/// or every code; with <c>--markdown</c> and no code, the text of <c>docs/error-codes.md</c>.
/// </summary>
public sealed class ExplainCommand : Command<ExplainSettings>
{
    public override int Execute(CommandContext context, ExplainSettings settings, CancellationToken cancellationToken)
    {
        var entry = settings.Code is null ? null : DiagnosticCatalog.Find(settings.Code);
        var text = (entry, settings.Markdown) switch
        {
            (null, true) => DiagnosticCatalogMarkdown.Document(),
            (null, false) => string.Concat(DiagnosticCatalog.Entries.Select(Line)),
            ({ } one, true) => DiagnosticCatalogMarkdown.Entry(one),
            ({ } one, false) => Explanation(one),
        };
        Console.Out.Write(text);
        return CliApp.Success;
    }

    /// <summary>One code in full: code, name and severity, then its meaning and what to do.</summary>
    internal static string Explanation(DiagnosticExplanation entry) =>
        $"{entry.Code} {entry.Name} ({entry.SeverityName}; {DiagnosticCatalog.RangeTitle(entry.Code).Replace("`", "", StringComparison.Ordinal)})\n" +
        $"{entry.Meaning}\nWhat to do: {entry.Action}\n";

    /// <summary>One code on one line, for the list.</summary>
    private static string Line(DiagnosticExplanation entry) =>
        $"{entry.Code}  {entry.SeverityName,-16}  {entry.Name,-26}  {entry.Meaning}\n";
}
