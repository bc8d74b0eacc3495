namespace StaticCatalog.Diagnostics;

/// <summary>
/// Every diagnostic code the build can report. The README lists them with the same sentences,
/// and a test keeps the two in step.
/// </summary>
public static class DiagnosticCodes
{
    // SC0xxx: the program itself.
    public const string Internal = "SC0001";
    public const string Usage = "SC0002";

    // SC1xxx: seed posts.
    public const string SeedFolderMissing = "SC1001";
    public const string InvalidUtf8 = "SC1002";
    public const string EmptyFile = "SC1003";
    public const string NoFrontMatter = "SC1004";
    public const string InvalidYaml = "SC1005";
    public const string MissingTitle = "SC1006";
    public const string InvalidDate = "SC1007";
    public const string MissingDate = "SC1008";
    public const string WrongFieldType = "SC1009";
    public const string UnreadableFile = "SC1010";
    public const string UnknownService = "SC1011";
    public const string InvalidCatalogBlock = "SC1012";
    public const string MarkdownTooDeep = "SC1013";

    // SC2xxx: assembling the site.
    public const string DuplicateUrl = "SC2001";
    public const string UnknownLiquidTag = "SC2002";
    public const string BrokenPostFragment = "SC2003";
    public const string UnsafeContent = "SC2004";

    // SC3xxx: themes and templates.
    public const string TemplateSyntax = "SC3001";
    public const string TemplateRuntime = "SC3002";
    public const string TemplateNotFound = "SC3003";

    // SC4xxx: configuration.
    public const string InvalidConfig = "SC4001";
    public const string InvalidServices = "SC4002";

    // SC5xxx: writing the output.
    public const string OutputWrite = "SC5001";
    public const string OutputLocked = "SC5002";

    // SC6xxx: checking a built site (staticcatalog check).
    public const string BrokenLink = "SC6001";
    public const string BrokenFragment = "SC6002";
    public const string InvalidHtml = "SC6003";
    public const string MissingPageMetadata = "SC6004";
    public const string InvalidFeed = "SC6005";
    public const string InvalidSitemap = "SC6006";
    public const string CatalogSchemaViolation = "SC6007";
    public const string MissingSiteFile = "SC6008";

    // SC7xxx: comparing with a previous catalog (build --compare-to).
    public const string PreviousCatalogUnreadable = "SC7001";

    // SC8xxx: serve
    public const string ServeListen = "SC8001";

    /// <summary>One sentence per code, as the README lists them.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [Internal] = "Internal error (a bug: please report it).",
        [Usage] = "Usage error: unknown command or option, or a bad option value (exit code 2).",
        [SeedFolderMissing] = "The seeds folder does not exist.",
        [InvalidUtf8] = "A seed file is not valid UTF-8 text (a byte that is not UTF-8, or a NUL byte as binary files have); the position of the first is given.",
        [EmptyFile] = "A seed file is empty; it is skipped (warning).",
        [NoFrontMatter] = "A seed file does not start with a `---` YAML front-matter block.",
        [InvalidYaml] = "The front matter is not valid YAML (tabs, unclosed quotes, duplicate keys, an alias with no anchor, ...), or nests lists and maps more than 64 deep, or its aliases repeat more than 10,000 values or a value they are inside of.",
        [MissingTitle] = "The front matter has no `title`, or it is empty.",
        [InvalidDate] = "The `date` in the front matter cannot be read as a date.",
        [MissingDate] = "There is no `date` in the front matter and no `YYYY-MM-DD-` prefix in the file name.",
        [WrongFieldType] = "A front-matter field has the wrong shape (a list given as a string, a map where text is expected, ...).",
        [UnreadableFile] = "A seed file could not be read from disk.",
        [DuplicateUrl] = "Two posts would get the same URL; the later one (by file path) gets a numbered URL (warning).",
        [UnknownLiquidTag] = "A `{% ... %}` tag that StaticCatalog does not know is shown as text (warning).",
        [BrokenPostFragment] = "A link to `#name` in a post names no heading or anchor of the post; it is kept as written (warning). A link that differs from a heading's id only in hyphens, or begins exactly one heading's id, is pointed at that heading.",
        [UnsafeContent] = "A post holds something that could run in a reader's browser or is not a web link: a `<script>`, `<style>`, form or foreign `<iframe>`, an `on...` event attribute, a `javascript:` or `data:` URL in a link or image, or an `external_url` that is not http(s). It is removed, the rest of the post is kept (warning).",
        [TemplateSyntax] = "A theme template does not parse; the template's file, line and column are given.",
        [TemplateRuntime] = "A theme template failed while rendering a page (unknown variable, loop limit, ...).",
        [TemplateNotFound] = "A template or include is missing, or its path leaves the theme folder.",
        [UnknownService] = "A front-matter `services:` list names a slug that `input/services.yml` does not have.",
        [InvalidCatalogBlock] = "A front-matter `catalog:` block is malformed (unknown key, bad status, a limit without value or unit, ...).",
        [MarkdownTooDeep] = "A post's Markdown nests block quotes, lists or inlines more than 64 levels deep; the first element too deep is given.",
        [InvalidServices] = "`input/services.yml` is not valid (unknown key, missing slug/name/category, a name given to two services, ...).",
        [InvalidConfig] = "`input/site.yml` is not valid or has a value of the wrong kind.",
        [OutputWrite] = "The output folder could not be written.",
        [OutputLocked] = "Another `build` or `serve` is writing the output folder (it holds `._site.lock` beside `_site`): with `--no-wait`, or after waiting 10 minutes, the build stops and names that process.",
        [BrokenLink] = "A link of a built page, feed, sitemap, `robots.txt` or `catalog.json` points at a file the site does not have (or outside the base path).",
        [BrokenFragment] = "A link's `#fragment` names no element id on the page it points at.",
        [InvalidHtml] = "A built page does not parse cleanly as HTML (AngleSharp reports a parse error at that line and column).",
        [MissingPageMetadata] = "A built page has no `<title>`, no `lang` on `<html>`, or no `<meta name=\"description\">`.",
        [InvalidFeed] = "An Atom feed is not well-formed XML, lacks a required element (id, title, updated, entry link) or has a date that is not RFC 3339.",
        [InvalidSitemap] = "`sitemap.xml` is not well-formed, has an entry without `loc`, a bad `lastmod` or a URL off the site, lists a page twice, or leaves out a page not marked `noindex`.",
        [CatalogSchemaViolation] = "`catalog.json` is not valid JSON or does not validate against `catalog.schema.json`.",
        [MissingSiteFile] = "The checked folder lacks a file every site has (`index.html`, `404.html`, `.nojekyll`, `robots.txt`, `sitemap.xml`, `catalog.json`).",
        [PreviousCatalogUnreadable] = "The previous `catalog.json` given to `--compare-to` could not be read; the change report says so (warning).",
        [ServeListen] = "`serve` could not listen on 127.0.0.1 at the given `--port` (most often another program uses it).",
    };
}
