using StaticCatalog.Site;

namespace StaticCatalog.Publishing;

/// <summary>One Atom feed to write: where it goes, what it is about, and its entries, newest first.</summary>
/// <param name="SitePath">The feed file, such as <c>atom.xml</c> or <c>tags/networking/atom.xml</c>.</param>
/// <param name="Title">The feed's title as readers show it.</param>
/// <param name="Subtitle">One sentence on what the feed follows.</param>
/// <param name="PageSitePath">The page the feed follows (its <c>alternate</c> link and its id).</param>
/// <param name="Entries">At most the configured number of posts, newest first.</param>
/// <param name="WithContent">Whether entries carry the whole post (the site-wide feed) or only its excerpt.</param>
public sealed record AtomFeed(string SitePath, string Title, string Subtitle, string PageSitePath, IReadOnlyList<SitePost> Entries, bool WithContent);
