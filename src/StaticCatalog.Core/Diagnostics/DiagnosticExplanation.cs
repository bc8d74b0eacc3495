namespace StaticCatalog.Diagnostics;

/// <summary>
/// What one diagnostic code means and what to do about it, as <c>staticcatalog explain</c> prints it and
/// <c>docs/error-codes.md</c> lists it.
/// </summary>
/// <param name="Code">The code, such as <c>SC1007</c>.</param>
/// <param name="Name">The name of its constant in <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">Its severity, or null when the same code is an error in one case and a warning in another.</param>
/// <param name="Meaning">One sentence: what went wrong.</param>
/// <param name="Action">One sentence: what to do about it.</param>
public sealed record DiagnosticExplanation(
    string Code,
    string Name,
    DiagnosticSeverity? Severity,
    string Meaning,
    string Action)
{
    /// <summary><c>error</c>, <c>warning</c>, or <c>error or warning</c>.</summary>
    public string SeverityName => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "error or warning",
    };
}
