using System.Reflection;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Tests.Diagnostics;

/// <summary>The table <c>staticcatalog explain</c> prints: one entry per code, and docs/error-codes.md made from it.</summary>
[Trait("Category", "Unit")]
public sealed class DiagnosticCatalogTests
{
    private static IReadOnlyDictionary<string, string> Constants() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);

    [Fact]
    public void Every_code_constant_has_an_entry_under_its_own_name_and_every_entry_is_a_constant()
    {
        var constants = Constants();
        var entries = DiagnosticCatalog.Entries.ToDictionary(e => e.Code, e => e.Name);

        Assert.Empty(constants.Keys.Except(entries.Keys));
        Assert.Empty(entries.Keys.Except(constants.Keys));
        Assert.Equal(constants.OrderBy(c => c.Key), entries.OrderBy(e => e.Key));
    }

    [Fact]
    public void Every_entry_says_what_it_means_and_what_to_do_in_one_line_each()
    {
        foreach (var entry in DiagnosticCatalog.Entries)
        {
            Assert.Matches(@"^SC\d{4}$", entry.Code);
            Assert.DoesNotContain('\n', entry.Meaning + entry.Action);
            Assert.EndsWith(".", entry.Meaning);
            Assert.EndsWith(".", entry.Action);
            Assert.NotEqual(entry.Meaning, entry.Action);
            Assert.NotEqual("Other codes", DiagnosticCatalog.RangeTitle(entry.Code));
        }
    }

    [Fact]
    public void Codes_are_found_in_any_case_and_unknown_codes_are_not()
    {
        Assert.Equal(nameof(DiagnosticCodes.InvalidDate), DiagnosticCatalog.Find("sc1007")?.Name);
        Assert.Equal(DiagnosticSeverity.Warning, DiagnosticCatalog.Find(DiagnosticCodes.EmptyFile)?.Severity);
        Assert.Null(DiagnosticCatalog.Find("SC9999"));
        Assert.Null(DiagnosticCatalog.Find("InvalidDate"));
    }

    [Fact]
    public void Docs_error_codes_md_is_the_generated_list()
    {
        var path = Path.Combine(RepoPaths.Root, "docs", "error-codes.md");
        var onDisk = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)";

        Assert.True(onDisk == DiagnosticCatalogMarkdown.Document(),
            $"docs/error-codes.md is not the list DiagnosticCatalog makes; regenerate it from the repository root with\n" +
            $"  {DiagnosticCatalogMarkdown.RegenerateCommand}");
    }

    [Fact]
    public void The_generated_list_has_one_row_per_code_under_its_block()
    {
        var lines = DiagnosticCatalogMarkdown.Document().Split('\n');
        var rows = lines.Where(l => l.StartsWith("| SC", StringComparison.Ordinal)).ToList();

        Assert.Equal(DiagnosticCatalog.Entries.Select(e => e.Code), rows.Select(r => r[2..8]));
        Assert.Contains("| SC1007 | `InvalidDate` | error | The `date` in the front matter cannot be read as a date. |", rows.Single(r => r.StartsWith("| SC1007", StringComparison.Ordinal)));
        Assert.True(Array.IndexOf(lines, "## SC1xxx: Seed posts") < lines.ToList().FindIndex(l => l.StartsWith("| SC1001", StringComparison.Ordinal)));
        Assert.True(lines.ToList().FindIndex(l => l.StartsWith("| SC1013", StringComparison.Ordinal)) < Array.IndexOf(lines, "## SC2xxx: Assembling the site"));
    }
}
