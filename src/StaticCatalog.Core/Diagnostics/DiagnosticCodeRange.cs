namespace StaticCatalog.Diagnostics;

/// <summary>A block of codes that share their first digit (<c>SC1xxx</c>: seed posts) and the title it is listed under.</summary>
public sealed record DiagnosticCodeRange(string Prefix, string Title);
