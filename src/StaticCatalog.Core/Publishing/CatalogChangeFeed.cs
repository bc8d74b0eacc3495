using StaticCatalog.Site.ChangeHistory;

namespace StaticCatalog.Publishing;

/// <summary>One Atom feed of catalog changes to write: where it goes, what it follows, and its changes, newest first.</summary>
/// <param name="SitePath">The feed file: <c>changes.xml</c> or <c>services/nat-gateway/changes.xml</c>.</param>
/// <param name="Title">The feed's title as readers show it.</param>
/// <param name="Subtitle">One sentence on what the feed follows.</param>
/// <param name="PageSitePath">The page the feed follows (its <c>alternate</c> link and its id): the status board or the service's page.</param>
/// <param name="Entries">At most the configured number of changes, newest first.</param>
public sealed record CatalogChangeFeed(string SitePath, string Title, string Subtitle, string PageSitePath, IReadOnlyList<CatalogChange> Entries);
