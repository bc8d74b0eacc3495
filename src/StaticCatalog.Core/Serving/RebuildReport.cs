using StaticCatalog.Pipeline;

namespace StaticCatalog.Serving;

/// <summary>A rebuild of <c>serve</c>: what it did, and the time from the first file change it answers to its pages written.</summary>
public sealed record RebuildReport(RebuildResult Result, TimeSpan SinceChange);
