using StaticCatalog.Diagnostics;

namespace StaticCatalog.Posts;

/// <summary>What parsing one file gave: the post (null when it has errors) and everything it reported.</summary>
public sealed record PostParseResult(Post? Post, IReadOnlyList<Diagnostic> Diagnostics);
