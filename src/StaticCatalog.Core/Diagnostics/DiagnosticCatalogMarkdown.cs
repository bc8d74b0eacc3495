using System.Text;

namespace StaticCatalog.Diagnostics;

/// <summary>
/// <see cref="DiagnosticCatalog"/> as Markdown: the whole of <c>docs/error-codes.md</c>, or one code's row.
/// Lines end with <c>\n</c> on every system, so the file is the same wherever it is generated.
/// </summary>
public static class DiagnosticCatalogMarkdown
{
    /// <summary>The command that regenerates <c>docs/error-codes.md</c>.</summary>
    public const string RegenerateCommand = "dotnet run --project src/StaticCatalog.Cli -- explain --markdown > docs/error-codes.md";

    private const string TableHeader = "| code | name | severity | meaning | what to do |\n|---|---|---|---|---|\n";

    /// <summary>The page listing every code, one table per block of codes.</summary>
    public static string Document()
    {
        var text = new StringBuilder()
            .Append("# Error codes\n\n")
            .Append("<!-- Generated from src/StaticCatalog.Core/Diagnostics/DiagnosticCatalog.cs: edit that table, then run\n")
            .Append("     ").Append(RegenerateCommand).Append(" -->\n\n")
            .Append("Every problem is printed as `path(line,col): error SCnnnn: message` (or `warning`), which editors and\n")
            .Append("GitHub Actions turn into annotations. A problem in a whole file or folder has no line and column\n")
            .Append("(`_site: error SC5001: ...`). Errors fail the command (exit code 1, or 2 for usage errors); warnings do not.\n")
            .Append("`staticcatalog explain SCnnnn` prints one code's entry, `staticcatalog explain` all of them.\n");

        foreach (var group in DiagnosticCatalog.Entries.GroupBy(e => DiagnosticCatalog.RangeTitle(e.Code)))
        {
            text.Append("\n## ").Append(group.First().Code.AsSpan(0, 3)).Append("xxx: ").Append(group.Key).Append("\n\n")
                .Append(TableHeader);
            foreach (var entry in group)
            {
                AppendRow(text, entry);
            }
        }

        return text.ToString();
    }

    /// <summary>One code as a table of one row, with its header.</summary>
    public static string Entry(DiagnosticExplanation entry)
    {
        var text = new StringBuilder(TableHeader);
        AppendRow(text, entry);
        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, DiagnosticExplanation entry) =>
        text.Append("| ").Append(entry.Code)
            .Append(" | `").Append(entry.Name)
            .Append("` | ").Append(entry.SeverityName)
            .Append(" | ").Append(Cell(entry.Meaning))
            .Append(" | ").Append(Cell(entry.Action))
            .Append(" |\n");

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
