using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;
using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Kinds;
using StaticCatalog.Catalog.Review;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Safety;
using StaticCatalog.Sources;
using StaticCatalog.Urls;

namespace StaticCatalog.Posts;

/// <summary>
/// The parse stage for one file: front matter and body come from one Markdig parse; the YAML block is
/// validated by <see cref="FrontMatterReader"/>. Thread-safe: posts are parsed in parallel.
/// </summary>
public sealed class PostParser
{
    public const string ExcerptMarker = "<!--excerpt_end-->";

    private readonly MarkdownPipeline _pipeline;
    private readonly ServiceTaxonomy _taxonomy;
    private readonly CatalogExtractor _extractor;
    private readonly PostBodySafety _safety = new();

    /// <summary>The parser a build uses: the site's Markdown pipeline and catalog extractor over <paramref name="taxonomy"/>.</summary>
    public static PostParser ForSite(ServiceTaxonomy taxonomy) => new(MarkdownPipelineFactory.Create(), taxonomy);

    public PostParser(MarkdownPipeline pipeline, ServiceTaxonomy? taxonomy = null)
    {
        _pipeline = pipeline;
        _taxonomy = taxonomy ?? ServiceTaxonomy.Empty;
        _extractor = new CatalogExtractor(_taxonomy);
    }

    public PostParseResult Parse(SourceFile source)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            return new PostParseResult(ParseCore(source, diagnostics), diagnostics);
        }
        catch (MarkdownNestingException ex)
        {
            diagnostics.Add(Diagnostic.Error(source.DisplayPath, ex.Line, ex.Column, DiagnosticCodes.MarkdownTooDeep, ex.Message));
            return new PostParseResult(null, diagnostics);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(Diagnostic.Error(source.DisplayPath, 0, 0, DiagnosticCodes.Internal,
                $"internal error while parsing this file ({ex.GetType().Name}: {ex.Message}); please report it"));
            return new PostParseResult(null, diagnostics);
        }
    }

    private Post? ParseCore(SourceFile source, List<Diagnostic> diagnostics)
    {
        var document = Markdig.Markdown.Parse(source.Text, _pipeline);
        var yamlBlock = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (yamlBlock is null)
        {
            var opened = source.Text.StartsWith("---", StringComparison.Ordinal);
            diagnostics.Add(Diagnostic.Error(source.DisplayPath, 1, 1, DiagnosticCodes.NoFrontMatter, opened
                ? "the front matter opened with '---' on line 1 is never closed by a '---' line"
                : "the file has no front matter: start it with a '---' line, 'title:' and 'date:', and a closing '---'"));
            return null;
        }

        var reader = new FrontMatterReader(source, yamlBlock.Line + 2, diagnostics, _taxonomy);
        var frontMatter = reader.Read(yamlBlock.Lines.ToString());
        ReportUnknownLiquidTags(source, document, diagnostics);
        if (frontMatter is null)
        {
            return null;
        }

        // A date that is present but unreadable was reported by the reader; here there is simply none.
        var date = frontMatter.Date;
        if (date is null)
        {
            if (!DateParser.TryParseFileNamePrefix(source.Stem, out var fromName))
            {
                diagnostics.Add(Diagnostic.Error(source.DisplayPath, yamlBlock.Line + 1, 1, DiagnosticCodes.MissingDate,
                    "the post has no date: add 'date: 2025-12-01' to the front matter or start the file name with 2025-12-01-"));
                return null;
            }

            date = fromName;
        }

        document.Remove(yamlBlock);
        RemoveTitleHeading(document, frontMatter.Title);

        // Extraction reads the Markdown and gives the blocks it cites their anchors, so it runs before rendering.
        var postOrigin = new PostOrigin(frontMatter.FeedName, PostOrigin.FolderOf(source.RelativePath), frontMatter.SectionNames, frontMatter.Kind);
        var catalog = _extractor.Extract(document, frontMatter.Title, frontMatter.Tags, frontMatter.Services, frontMatter.Catalog, postOrigin, date);
        if (source.Review is { } reviewSource)
        {
            var review = ReviewFileReader.Read(reviewSource.Text, _taxonomy, (line, column, message) =>
                diagnostics.Add(Diagnostic.Error(reviewSource.DisplayPath, line, column, DiagnosticCodes.InvalidReviewFile, message)));
            if (review is null)
            {
                return null;
            }

            catalog = ReviewApplier.Apply(catalog, review);
        }

        FragmentLinkRepair.Repair(document, source, diagnostics);
        var hasRawHtml = _safety.Inspect(document, source, diagnostics);
        var externalUrl = WebUrl.TryParse(frontMatter.ExternalUrl, out var origin) ? origin : null;
        var rewriter = PostLinkRewriter.For(externalUrl);
        var contentHtml = RenderHtml(document, rewriter);
        var (excerptHtml, excerptText) = RenderExcerpt(source, yamlBlock, document, rewriter);
        if (hasRawHtml)
        {
            contentHtml = _safety.Clean(contentHtml);
            excerptHtml = _safety.Clean(excerptHtml);
        }

        return new Post
        {
            SourcePath = source.DisplayPath,
            RelativePath = source.RelativePath,
            Title = frontMatter.Title,
            Date = date.Value,
            Author = frontMatter.Author,
            ExternalUrl = externalUrl is null ? null : frontMatter.ExternalUrl,
            FeedName = frontMatter.FeedName,
            PrimarySection = frontMatter.PrimarySection,
            Tags = frontMatter.Tags,
            SectionNames = frontMatter.SectionNames,
            Extra = frontMatter.Extra,
            Slug = ChooseSlug(frontMatter, source, SitePaths.MaxPostSlugLength),
            LongSlug = ChooseSlug(frontMatter, source, SitePaths.MaxLongPostSlugLength),
            ContentHtml = contentHtml,
            ExcerptHtml = excerptHtml,
            ExcerptText = excerptText,
            Catalog = catalog,
        };
    }

    /// <summary>
    /// Front-matter slug, else the title's, else the file name's, else "post"; a reserved folder name
    /// (<see cref="SitePaths.IsReservedSegment"/>) gets <c>-1</c>.
    /// </summary>
    public static string ChooseSlug(FrontMatter frontMatter, SourceFile source, int maxLength) =>
        SitePaths.SafeSegment(ChooseUnsafeSlug(frontMatter, source, maxLength));

    private static string ChooseUnsafeSlug(FrontMatter frontMatter, SourceFile source, int maxLength)
    {
        if (frontMatter.Slug is { } explicitSlug && Slugifier.Slugify(explicitSlug) is { Length: > 0 })
        {
            return Slugifier.SlugifyShort(explicitSlug, SitePaths.MaxLongPostSlugLength);
        }

        var fromTitle = Slugifier.SlugifyShort(frontMatter.Title, maxLength);
        if (fromTitle.Length > 0)
        {
            return fromTitle;
        }

        var fromName = Slugifier.SlugifyShort(DateParser.WithoutFileNamePrefix(source.Stem), maxLength);
        return fromName.Length > 0 ? fromName : "post";
    }

    private void ReportUnknownLiquidTags(SourceFile source, MarkdownDocument document, List<Diagnostic> diagnostics)
    {
        foreach (var tag in document.Descendants<LiquidTagInline>())
        {
            if (!LiquidTags.IsKnown(tag))
            {
                diagnostics.Add(Diagnostic.Warning(source.DisplayPath, tag.Line + 1, tag.Column + 1, DiagnosticCodes.UnknownLiquidTag,
                    $"unknown tag '{tag.RawText}' is shown as text (known: youtube ID, vimeo ID, raw, endraw)"));
            }
        }
    }

    /// <summary>The corpus repeats the title as the body's first heading; the page shows it once.</summary>
    private static void RemoveTitleHeading(MarkdownDocument document, string title)
    {
        var firstHeading = document.OfType<HeadingBlock>().FirstOrDefault();
        if (firstHeading is { Level: 1, Inline: { } inline }
            && string.Equals(PlainText.Of(inline).Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            document.Remove(firstHeading);
        }
    }

    /// <summary>
    /// The text before the marker (parsed on its own, since the marker usually ends a paragraph midway),
    /// else the body's first paragraph as already parsed.
    /// </summary>
    private (string Html, string Text) RenderExcerpt(SourceFile source, YamlFrontMatterBlock yamlBlock, MarkdownDocument document, Func<string, string>? rewriter)
    {
        var text = source.Text;
        var bodyStart = yamlBlock.Span.End + 1;
        var markerIndex = text.IndexOf(ExcerptMarker, bodyStart, StringComparison.Ordinal);
        MarkdownObject? excerpt = markerIndex >= 0
            ? Markdig.Markdown.Parse(text[bodyStart..markerIndex], _pipeline)
            : document.OfType<ParagraphBlock>().FirstOrDefault();
        if (markerIndex >= 0)
        {
            _safety.Inspect(excerpt!, source, diagnostics: null); // parsed again: the body's inspection reported it already
        }

        return excerpt is null
            ? (string.Empty, string.Empty)
            : (RenderHtml(excerpt, rewriter).Trim(), PlainText.Of(excerpt));
    }

    private string RenderHtml(MarkdownObject markdown, Func<string, string>? linkRewriter)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = linkRewriter };
        _pipeline.Setup(renderer);
        renderer.Render(markdown);
        writer.Flush();
        return VoidEndTags.Remove(writer.ToString());
    }
}
