using System.Globalization;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Serving;

/// <summary>What <c>serve</c> prints of one build's diagnostics: the new ones and every error, and how many were left out or went away.</summary>
public sealed record DiagnosticsToShow(IReadOnlyList<Diagnostic> Shown, int UnchangedWarnings, int Fixed)
{
    /// <summary><c>20 warnings unchanged, 1 fixed</c>; null when there is nothing to say.</summary>
    public string? Summary
    {
        get
        {
            string[] parts =
            [
                .. UnchangedWarnings > 0 ? [Count(UnchangedWarnings, "warning") + " unchanged"] : Array.Empty<string>(),
                .. Fixed > 0 ? [string.Create(CultureInfo.InvariantCulture, $"{Fixed} fixed")] : Array.Empty<string>(),
            ];
            return parts.Length == 0 ? null : string.Join(", ", parts);
        }
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
