namespace StaticCatalog.Catalog.Services;

/// <summary>One service mention of a post with the rule that weighed it: what <see cref="PostServiceFinder.Weigh"/> returns, to explain a post's services.</summary>
/// <param name="Service">The service's slug.</param>
/// <param name="Rule">The first rule of <see cref="ServiceMentionRules.Rules"/> that applies to the mention.</param>
/// <param name="Text">The title or passage text the mention is in.</param>
public sealed record WeighedMention(string Service, ServiceMentionRule Rule, string Text);
