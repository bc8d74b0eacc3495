namespace StaticCatalog.Checking;

/// <summary>Where something was found: a site-relative file and a 1-based line and column (0 when there is no position).</summary>
public readonly record struct SourceLocation(string File, int Line, int Column);
