using System.Globalization;

namespace StaticCatalog.Urls;

/// <summary>
/// Where each kind of page lives, as site-relative folder paths ending in <c>/</c> (the page is its
/// <c>index.html</c>). One place for URL rules, so links and written files can never disagree.
/// </summary>
public static class SitePaths
{
    /// <summary>Longest title-derived post slug; longer titles are cut at a word boundary.</summary>
    public const int MaxPostSlugLength = 40;

    /// <summary>Longest slug used when the short one is taken by another post.</summary>
    public const int MaxLongPostSlugLength = 100;

    /// <summary>The folder of a list's later pages (<c>posts/page/2/</c>, <c>tags/aks/page/2/</c>).</summary>
    public const string PageFolder = "page";

    /// <summary>
    /// Names Windows will not open as a file or folder, whatever the case and with any extension
    /// (<c>con</c>, <c>con.txt</c>): a site cloned or unpacked there must still work.
    /// </summary>
    private static readonly HashSet<string> WindowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// Folder names the site writes itself beside post and term folders. A slug has no <c>.</c>, so it can never
    /// be <c>index.html</c>, <c>atom.xml</c> or <c>changes.xml</c>; of the folders, only the pager's <c>page/</c> is written in a list folder.
    /// </summary>
    private static readonly HashSet<string> GeneratedNames = new(StringComparer.OrdinalIgnoreCase) { PageFolder };

    public const string Home = "";
    public const string Posts = "posts/";
    public const string Tags = "tags/";
    public const string Sections = "sections/";
    public const string Feeds = "feeds/";
    public const string Services = "services/";
    public const string Limits = "limits/";
    public const string Status = "status/";

    /// <summary>The catalog's consistency report (<c>insights/</c>).</summary>
    public const string Insights = "insights/";

    /// <summary>Retired and retiring features, soonest first (<c>retirements/</c>), and their calendar.</summary>
    public const string Retirements = "retirements/";
    public const string RetirementsCalendar = "retirements.ics";

    /// <summary>The feature entities seen in more than one post, a page each (<c>features/&lt;id&gt;/</c>).</summary>
    public const string Entities = "features/";

    /// <summary>The posts of each kind (<c>kinds/tutorial/</c>) and the index of kinds.</summary>
    public const string Kinds = "kinds/";
    public const string CatalogJson = "catalog.json";
    public const string CatalogSchema = "catalog.schema.json";

    /// <summary>The search page; the index it and every page's header search read lives below it.</summary>
    public const string Search = "search/";
    public const string SearchManifest = "search/manifest.json";

    /// <summary>The site-wide Atom feed; services and tags have one in their folder under the same name.</summary>
    public const string AtomFeed = "atom.xml";

    /// <summary>The site-wide Atom feed of catalog changes; a service with changes has one in its folder under the same name.</summary>
    public const string ChangeFeed = "changes.xml";

    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";

    /// <summary>GitHub Pages serves it for any missing URL, at that URL: its links must not be relative.</summary>
    public const string NotFound = "404.html";

    /// <summary>Tells GitHub Pages to publish the files as they are, without running Jekyll.</summary>
    public const string NoJekyll = ".nojekyll";

    /// <summary>The Atom feed of a page folder (<c>services/nat-gateway/atom.xml</c>).</summary>
    public static string FeedOf(string folder) => folder + AtomFeed;

    /// <summary>The catalog-change feed of a page folder (<c>services/nat-gateway/changes.xml</c>).</summary>
    public static string ChangeFeedOf(string folder) => folder + ChangeFeed;

    /// <summary>The n-th shard of the search index (the n-th key of the manifest's <c>shards</c>).</summary>
    public static string SearchShard(int n) => string.Create(CultureInfo.InvariantCulture, $"search/index/{n}.json");

    /// <summary>The n-th chunk of search documents.</summary>
    public static string SearchChunk(int n) => string.Create(CultureInfo.InvariantCulture, $"search/docs/{n}.json");

    public static string Service(string slug) => $"{Services}{slug}/";

    /// <summary>The posts of one kind, by its id (<c>kinds/release-notes/</c>).</summary>
    public static string Entity(string id) => $"{Entities}{SafeSegment(id)}/";

    public static string Kind(string id) => $"{Kinds}{id}/";

    public static string Post(DateTimeOffset date, string slug) =>
        $"posts/{date.Year:D4}/{date.Month:D2}/{slug}/";

    /// <summary>Page 1 is the folder itself; page n is <c>page/n/</c> below it.</summary>
    public static string Paged(string folder, int pageNumber) =>
        pageNumber <= 1 ? folder : $"{folder}{PageFolder}/{pageNumber}/";

    public static string Term(string kindFolder, string slug) => $"{kindFolder}{slug}/";

    /// <summary>True when a slug may not be a folder name as it is: a Windows device name or a folder the site makes itself.</summary>
    public static bool IsReservedSegment(string slug)
    {
        var dot = slug.IndexOf('.', StringComparison.Ordinal);
        var stem = dot < 0 ? slug : slug[..dot];
        return WindowsDeviceNames.Contains(stem) || GeneratedNames.Contains(slug);
    }

    /// <summary>The slug as a folder name: a reserved one gets <c>-1</c> (<c>con</c> is <c>con-1</c>), any other is kept.</summary>
    public static string SafeSegment(string slug) => IsReservedSegment(slug) ? slug + "-1" : slug;

    /// <summary>The file a folder path is written to.</summary>
    public static string FileOf(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
