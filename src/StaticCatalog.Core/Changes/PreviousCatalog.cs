using System.Diagnostics.CodeAnalysis;
using StaticCatalog.Diagnostics;

namespace StaticCatalog.Changes;

/// <summary>
/// What <see cref="PreviousCatalogReader"/> got for a <c>--compare-to</c> PATH or URL: the catalog, or why
/// there is none (a first deploy has nothing published yet, the network may be down, the file may not be a catalog).
/// </summary>
/// <param name="Location">The PATH or URL as given.</param>
/// <param name="Catalog">The catalog read, or null when it could not be read.</param>
/// <param name="Failure">Why it could not be read ("the server answered 404 Not Found"), or null.</param>
/// <param name="Line">The 1-based line of a JSON syntax error, else 0.</param>
/// <param name="Column">The 1-based column (byte in the line) of a JSON syntax error, else 0.</param>
public sealed record PreviousCatalog(string Location, CatalogSnapshot? Catalog, string? Failure, int Line = 0, int Column = 0)
{
    [MemberNotNullWhen(true, nameof(Catalog))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsRead => Catalog is not null;

    public static PreviousCatalog Read(string location, CatalogSnapshot catalog) => new(location, catalog, null);

    public static PreviousCatalog Unreadable(string location, string failure, int line = 0, int column = 0) =>
        new(location, null, failure, line, column);

    /// <summary>The warning to report when the catalog could not be read (SC7001), else null.</summary>
    public Diagnostic? ToDiagnostic() => IsRead
        ? null
        : Diagnostic.Warning(Location, Line, Column, DiagnosticCodes.PreviousCatalogUnreadable,
            $"the previous catalog could not be read: {Failure}; the change report lists no changes");
}
