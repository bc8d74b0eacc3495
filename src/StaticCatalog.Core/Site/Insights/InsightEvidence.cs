namespace StaticCatalog.Site.Insights;

/// <summary>A statement an insight rests on: what it said, in which post, where.</summary>
/// <param name="Label">What it said ("GA", "100 Gbps").</param>
/// <param name="Post">The post.</param>
/// <param name="Anchor">The paragraph's id in the post, or null for the post as a whole.</param>
/// <param name="Date">The date of the statement.</param>
public sealed record InsightEvidence(string Label, SitePost Post, string? Anchor, DateTimeOffset Date);
