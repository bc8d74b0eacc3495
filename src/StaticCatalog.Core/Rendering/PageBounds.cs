namespace StaticCatalog.Rendering;

/// <summary>
/// How large a page may be, in one place. Every list is paginated by count and by the estimated HTML of its
/// entries (<see cref="Paging.HtmlSize"/>), so that no page of the default theme passes <see cref="MaxPageBytes"/>
/// whatever the posts hold; long lists inside a page (a service's features, limits and tags, a post's catalog
/// block) are cut to what fits, with a link to the rest where the rest has a page.
/// </summary>
public static class PageBounds
{
    /// <summary>The largest page: 150 KB of HTML.</summary>
    public const int MaxPageBytes = 150 * 1024;

    /// <summary>
    /// What the base layout takes around a page's content (head, header, navigation, footer: 3.5 KB on the corpus
    /// site), with a wide margin for a theme's additions and for the page's own heading and lead paragraph.
    /// </summary>
    public const int ShellBytes = 12 * 1024;

    /// <summary>What a page's content may take: the page less its shell.</summary>
    public const int ContentBudget = MaxPageBytes - ShellBytes;

    /// <summary>A title in a list, a link or a heading is cut to this many characters (a post's own page shows it whole).</summary>
    public const int ListedTitleLength = 400;
}
