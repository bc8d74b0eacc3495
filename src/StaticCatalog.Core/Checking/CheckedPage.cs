namespace StaticCatalog.Checking;

/// <summary>
/// What the later checks need from a parsed page: its anchors (element ids and <c>&lt;a name&gt;</c>),
/// whether it asks not to be indexed (<c>&lt;meta name="robots" content="noindex"&gt;</c>) and its canonical link.
/// </summary>
public sealed record CheckedPage(string File, IReadOnlySet<string> Anchors, bool NoIndex, string? CanonicalHref);
