using static StaticCatalog.Diagnostics.DiagnosticSeverity;

namespace StaticCatalog.Diagnostics;

/// <summary>
/// Every code of <see cref="DiagnosticCodes"/> with its severity, meaning and what to do: one row per code.
/// <c>staticcatalog explain</c> prints it and <c>docs/error-codes.md</c> is generated from it
/// (<c>staticcatalog explain --markdown</c>); a test keeps the rows, the constants and that file in step.
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>The blocks of codes, in order, with the title each is listed under.</summary>
    public static IReadOnlyList<DiagnosticCodeRange> Ranges { get; } =
    [
        new("SC0", "The program itself"),
        new("SC1", "Seed posts"),
        new("SC2", "Assembling the site"),
        new("SC3", "Themes and templates"),
        new("SC4", "Configuration"),
        new("SC5", "Writing the output"),
        new("SC6", "Checking a built site (`check`, `build --check`)"),
        new("SC7", "Comparing with a previous catalog (`build --compare-to`)"),
        new("SC8", "Previewing (`serve`)"),
    ];

    /// <summary>Every code, sorted.</summary>
    public static IReadOnlyList<DiagnosticExplanation> Entries { get; } = new DiagnosticExplanation[]
    {
        new(DiagnosticCodes.Internal, nameof(DiagnosticCodes.Internal), Error,
            "Internal error (a bug: please report it).",
            "Report it as a bug, with the command line and the input that causes it."),
        new(DiagnosticCodes.Usage, nameof(DiagnosticCodes.Usage), Error,
            "Usage error: unknown command or option, or a bad option value (exit code 2).",
            "Run `staticcatalog COMMAND --help` for the commands and their options."),
        new(DiagnosticCodes.SeedFolderMissing, nameof(DiagnosticCodes.SeedFolderMissing), Error,
            "The seeds folder does not exist.",
            "Create it, or name the folder of your posts with `--seeds DIR`."),
        new(DiagnosticCodes.InvalidUtf8, nameof(DiagnosticCodes.InvalidUtf8), Error,
            "A seed file is not valid UTF-8 text (a byte that is not UTF-8, or a NUL byte as binary files have); the position of the first is given.",
            "Save the file as UTF-8, or move a file that is not a post (an image saved as `.md`) out of the seeds folder."),
        new(DiagnosticCodes.EmptyFile, nameof(DiagnosticCodes.EmptyFile), Warning,
            "A seed file is empty; it is skipped.",
            "Write the post, or delete the file."),
        new(DiagnosticCodes.NoFrontMatter, nameof(DiagnosticCodes.NoFrontMatter), Error,
            "A seed file does not start with a `---` YAML front-matter block.",
            "Start the file with a `---` line, the front matter (at least `title`), and a closing `---` line."),
        new(DiagnosticCodes.InvalidYaml, nameof(DiagnosticCodes.InvalidYaml), Error,
            "The front matter is not valid YAML (tabs, unclosed quotes, duplicate keys, an alias with no anchor, ...), or nests lists and maps more than 64 deep, or its aliases repeat more than 10,000 values or a value they are inside of.",
            "Fix the YAML at the given line: indent with spaces, close the quote, quote a value that holds `: ` or ` #`, remove the repeated key."),
        new(DiagnosticCodes.MissingTitle, nameof(DiagnosticCodes.MissingTitle), Error,
            "The front matter has no `title`, or it is empty.",
            "Add `title: ...` to the front matter."),
        new(DiagnosticCodes.InvalidDate, nameof(DiagnosticCodes.InvalidDate), Error,
            "The `date` in the front matter cannot be read as a date.",
            "Write it as `2025-12-01`, `2025-12-01 17:00:00 +00:00` or another form that docs/seed-format.md lists (not `01/12/2025`)."),
        new(DiagnosticCodes.MissingDate, nameof(DiagnosticCodes.MissingDate), Error,
            "There is no `date` in the front matter and no `YYYY-MM-DD-` prefix in the file name.",
            "Add `date: YYYY-MM-DD` to the front matter, or start the file name with the date."),
        new(DiagnosticCodes.WrongFieldType, nameof(DiagnosticCodes.WrongFieldType), null,
            "A front-matter field has the wrong shape (a list given as a string, a map where text is expected, ...).",
            "Give the field the shape it expects: a list as `[a, b]` or `- item` lines, text as one value. A list written as `a, b` is read split at commas, with a warning."),
        new(DiagnosticCodes.UnreadableFile, nameof(DiagnosticCodes.UnreadableFile), Error,
            "A seed file could not be read from disk.",
            "Check the file's permissions, and that nothing removes or locks it while the build runs."),
        new(DiagnosticCodes.UnknownService, nameof(DiagnosticCodes.UnknownService), Error,
            "A front-matter `services:` list names a slug that `input/services.yml` does not have.",
            "Use a slug that `input/services.yml` has, or add the service there."),
        new(DiagnosticCodes.InvalidCatalogBlock, nameof(DiagnosticCodes.InvalidCatalogBlock), Error,
            "A front-matter `catalog:` block is malformed (unknown key, bad status, a limit without value or unit, ...).",
            "Fix the entry at the given line; docs/catalog.md lists the keys, statuses and units."),
        new(DiagnosticCodes.MarkdownTooDeep, nameof(DiagnosticCodes.MarkdownTooDeep), Error,
            "A post's Markdown nests block quotes, lists or inlines more than 64 levels deep; the first element too deep is given.",
            "Flatten the nesting at the given line (such depth is almost always generated or broken Markdown)."),
        new(DiagnosticCodes.DuplicateUrl, nameof(DiagnosticCodes.DuplicateUrl), Warning,
            "Two posts would get the same URL; the later one (by file path) gets a numbered URL.",
            "Give one of the posts a `slug:` of its own, or delete the duplicate."),
        new(DiagnosticCodes.UnknownLiquidTag, nameof(DiagnosticCodes.UnknownLiquidTag), Warning,
            "A `{% ... %}` tag that StaticCatalog does not know is shown as text.",
            "Remove the tag, or use `{% youtube ID %}` or `{% vimeo ID %}` if an embed was meant."),
        new(DiagnosticCodes.BrokenPostFragment, nameof(DiagnosticCodes.BrokenPostFragment), Warning,
            "A link to `#name` in a post names no heading or anchor of the post; it is kept as written. A link that differs from a heading's id only in hyphens, or begins exactly one heading's id, is pointed at that heading.",
            "Point the link at a heading's id (the built page shows them), or add the anchor."),
        new(DiagnosticCodes.UnsafeContent, nameof(DiagnosticCodes.UnsafeContent), Warning,
            "A post holds something that could run in a reader's browser or is not a web link: a `<script>`, `<style>`, form or foreign `<iframe>`, an `on...` event attribute, a `javascript:` or `data:` URL in a link or image, or an `external_url` that is not http(s). It is removed, the rest of the post is kept.",
            "Nothing, for a post copied from a feed; otherwise remove what the message names, or use a plain http(s) link or Markdown image instead."),
        new(DiagnosticCodes.OversizedPage, nameof(DiagnosticCodes.OversizedPage), Warning,
            "A post's body and title alone are more HTML than a page may hold (150 KB); its page is written without its catalog block and links.",
            "Split the post into several, or shorten it."),
        new(DiagnosticCodes.TemplateSyntax, nameof(DiagnosticCodes.TemplateSyntax), Error,
            "A theme template does not parse; the template's file, line and column are given.",
            "Fix the Scriban syntax at that position (an unclosed `{{`, an `if` without `end`, ...)."),
        new(DiagnosticCodes.TemplateRuntime, nameof(DiagnosticCodes.TemplateRuntime), Error,
            "A theme template failed while rendering a page (unknown variable, loop limit, ...).",
            "Fix the expression at the given position; view-model members are snake_case, and docs/themes.md lists them."),
        new(DiagnosticCodes.TemplateNotFound, nameof(DiagnosticCodes.TemplateNotFound), Error,
            "A template or include is missing, or its path leaves the theme folder.",
            "Add the template, or correct the include's path: includes resolve inside the theme and `input/` folders only."),
        new(DiagnosticCodes.InvalidConfig, nameof(DiagnosticCodes.InvalidConfig), Error,
            "`input/site.yml` is not valid or has a value of the wrong kind.",
            "Fix the key at the given line; docs/configuration.md lists the keys and their kinds."),
        new(DiagnosticCodes.InvalidServices, nameof(DiagnosticCodes.InvalidServices), Error,
            "`input/services.yml` is not valid (unknown key, missing slug/name/category, a name given to two services, ...).",
            "Fix the entry at the given line; docs/configuration.md lists the keys."),
        new(DiagnosticCodes.StarterFolderNotEmpty, nameof(DiagnosticCodes.StarterFolderNotEmpty), Error,
            "`staticcatalog new DIR` was given a folder that exists and is not empty; nothing is written.",
            "Give a new or empty folder, or remove what is in it."),
        new(DiagnosticCodes.OutputWrite, nameof(DiagnosticCodes.OutputWrite), Error,
            "The output folder could not be written.",
            "Check that the folder above `--output` is a writable folder and that no file stands where the output or its staging folder goes."),
        new(DiagnosticCodes.BrokenLink, nameof(DiagnosticCodes.BrokenLink), Error,
            "A link of a built page, feed, sitemap, `robots.txt` or `catalog.json` points at a file the site does not have (or outside the base path).",
            "Fix the link in the post or template it comes from, or check with the `--base-url` the site was built for."),
        new(DiagnosticCodes.BrokenFragment, nameof(DiagnosticCodes.BrokenFragment), Error,
            "A link's `#fragment` names no element id on the page it points at.",
            "Point the link at an id the page has, or give the target element that id."),
        new(DiagnosticCodes.InvalidHtml, nameof(DiagnosticCodes.InvalidHtml), Error,
            "A built page does not parse cleanly as HTML (AngleSharp reports a parse error at that line and column).",
            "Fix the markup in the template, or in the post's raw HTML, that writes that position of the page."),
        new(DiagnosticCodes.MissingPageMetadata, nameof(DiagnosticCodes.MissingPageMetadata), Error,
            "A built page has no `<title>`, no `lang` on `<html>`, or no `<meta name=\"description\">`.",
            "Give the layout a title, `lang` and description meta, as the default theme's `base` layout has."),
        new(DiagnosticCodes.InvalidFeed, nameof(DiagnosticCodes.InvalidFeed), Error,
            "An Atom feed is not well-formed XML, lacks a required element (id, title, updated, entry link) or has a date that is not RFC 3339.",
            "Rebuild the site; a feed written by hand must have the element the message names."),
        new(DiagnosticCodes.InvalidSitemap, nameof(DiagnosticCodes.InvalidSitemap), Error,
            "`sitemap.xml` is not well-formed, has an entry without `loc`, a bad `lastmod` or a URL off the site, lists a page twice, or leaves out a page not marked `noindex`.",
            "Rebuild the site; check it with the `--base-url` it was built for."),
        new(DiagnosticCodes.CatalogSchemaViolation, nameof(DiagnosticCodes.CatalogSchemaViolation), Error,
            "`catalog.json` is not valid JSON or does not validate against `catalog.schema.json`.",
            "Rebuild the site; if `catalog.json` was edited, fix the value at the given position."),
        new(DiagnosticCodes.MissingSiteFile, nameof(DiagnosticCodes.MissingSiteFile), Error,
            "The checked folder lacks a file every site has (`index.html`, `404.html`, `.nojekyll`, `robots.txt`, `sitemap.xml`, `catalog.json`).",
            "Check the folder the build wrote (its `--output`), or rebuild it."),
        new(DiagnosticCodes.PreviousCatalogUnreadable, nameof(DiagnosticCodes.PreviousCatalogUnreadable), Warning,
            "The previous `catalog.json` given to `--compare-to` could not be read; the change report says so.",
            "Nothing on a first deploy; otherwise check the file, folder or URL given to `--compare-to`."),
        new(DiagnosticCodes.ServeListen, nameof(DiagnosticCodes.ServeListen), Error,
            "`serve` could not listen on 127.0.0.1 at the given `--port` (most often another program uses it).",
            "Pick another `--port`, or `--port 0` to let the system choose a free one."),
    }.OrderBy(e => e.Code, StringComparer.Ordinal).ToArray();

    /// <summary>The entry of <paramref name="code"/> (any case), or null when there is no such code.</summary>
    public static DiagnosticExplanation? Find(string code) =>
        Entries.FirstOrDefault(e => string.Equals(e.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The title of the block <paramref name="code"/> belongs to.</summary>
    public static string RangeTitle(string code) =>
        Ranges.FirstOrDefault(r => code.StartsWith(r.Prefix, StringComparison.Ordinal))?.Title ?? "Other codes";
}
