namespace StaticCatalog.Catalog;

/// <summary>
/// A tag that is deliberately no service (<c>excluded_tags</c> of <c>services.yml</c>): a topic ("AI", "DevOps"),
/// an event, a third-party product, a language of another vendor, a feature too generic to attribute.
/// </summary>
/// <param name="Tag">The tag as written in <c>services.yml</c>; compared by slug.</param>
/// <param name="Reason">The group it is listed under (<c>topic</c>, <c>event</c>, <c>third-party</c>, ...).</param>
public sealed record ExcludedTag(string Tag, string Reason);
