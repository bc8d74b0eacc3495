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

    public const string Home = "";
    public const string Posts = "posts/";
    public const string Tags = "tags/";
    public const string Sections = "sections/";
    public const string Feeds = "feeds/";
    public const string Services = "services/";
    public const string Limits = "limits/";
    public const string Status = "status/";
    public const string CatalogJson = "catalog.json";
    public const string CatalogSchema = "catalog.schema.json";

    public static string Service(string slug) => $"{Services}{slug}/";

    public static string Post(DateTimeOffset date, string slug) =>
        $"posts/{date.Year:D4}/{date.Month:D2}/{slug}/";

    /// <summary>Page 1 is the folder itself; page n is <c>page/n/</c> below it.</summary>
    public static string Paged(string folder, int pageNumber) =>
        pageNumber <= 1 ? folder : $"{folder}page/{pageNumber}/";

    public static string Term(string kindFolder, string slug) => $"{kindFolder}{slug}/";

    /// <summary>The file a folder path is written to.</summary>
    public static string FileOf(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;
}
