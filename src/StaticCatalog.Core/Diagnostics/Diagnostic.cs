namespace StaticCatalog.Diagnostics;

/// <summary>
/// One problem found while building, pinned to a file position (1-based line and column; 0 when unknown).
/// Rendered in the MSBuild form that editors and GitHub Actions understand:
/// <c>path(line,col): error SC1234: message</c>.
/// </summary>
public sealed record Diagnostic(
    string Path,
    int Line,
    int Column,
    DiagnosticSeverity Severity,
    string Code,
    string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Error(string path, int line, int column, string code, string message) =>
        new(path, line, column, DiagnosticSeverity.Error, code, message);

    public static Diagnostic Warning(string path, int line, int column, string code, string message) =>
        new(path, line, column, DiagnosticSeverity.Warning, code, message);

    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var location = Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
        return $"{location}: {severity} {Code}: {Message}";
    }
}
