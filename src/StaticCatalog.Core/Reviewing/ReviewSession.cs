using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Review;
using StaticCatalog.Configuration;
using StaticCatalog.Diagnostics;
using StaticCatalog.Pipeline;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Reviewing;

/// <summary>
/// What <c>staticcatalog review</c> works on: the site's taxonomy and configuration, and each seed read as the build
/// reads it, but with its catalog as the extractor found it (before its review file's decisions), so that every
/// item keeps its id and can be decided again.
/// </summary>
public sealed class ReviewSession
{
    private readonly BuildOptions _options;
    private readonly PostParser _parser;

    private ReviewSession(BuildOptions options, SiteInputs inputs)
    {
        _options = options;
        Inputs = inputs;
        _parser = PostParser.ForSite(inputs.Taxonomy);
    }

    public SiteInputs Inputs { get; }

    /// <summary>The least confidence a shown item needs (site.yml's <c>catalog_min_confidence</c>).</summary>
    public double MinConfidence => Inputs.Config.CatalogMinConfidence;

    /// <summary>Loads the configuration and taxonomy; null when they have errors (reported).</summary>
    public static ReviewSession? Open(BuildOptions options, DiagnosticBag diagnostics)
    {
        var inputs = SiteInputs.Load(options, diagnostics);
        return diagnostics.HasErrors ? null : new ReviewSession(options, inputs);
    }

    /// <summary>The seeds below the seeds folder, relative, in order; empty when the folder is missing (reported).</summary>
    public IReadOnlyList<string> Seeds(DiagnosticBag diagnostics) => SourceLoader.List(_options.SeedsDirectory, diagnostics) ?? [];

    /// <summary>
    /// The seed at <paramref name="path"/> (as given, or below the seeds folder) relative to the seeds folder; null,
    /// reported at the path, when it is not a seed there.
    /// </summary>
    public string? SeedOf(string path, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(File.Exists(path) ? path : Path.Combine(_options.SeedsDirectory, path));
        var relative = Path.GetRelativePath(Path.GetFullPath(_options.SeedsDirectory), full).Replace('\\', '/');
        if (File.Exists(full) && !relative.StartsWith("../", StringComparison.Ordinal) && relative != ".." && !Path.IsPathRooted(relative)
            && full.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return relative;
        }

        diagnostics.Add(Diagnostic.Error(path, 0, 0, DiagnosticCodes.Usage, $"'{path}' is not a seed post (*.md) of the seeds folder '{_options.SeedsDirectory}'"));
        return null;
    }

    /// <summary>One seed with its extracted items and its review file's decisions; null when it does not parse (reported).</summary>
    /// <param name="relativePath">The seed, relative to the seeds folder.</param>
    /// <param name="diagnostics">Where the seed's and its review file's problems go.</param>
    /// <param name="flags">What the site's consistency report says about paragraphs of the seed (<see cref="ReportFlags"/>), if read.</param>
    public ReviewPost? Read(string relativePath, DiagnosticBag diagnostics, IReadOnlyList<ReportFlag>? flags = null)
    {
        if (SourceLoader.ReadSeed(_options.SeedsDirectory, relativePath, diagnostics) is not { } source)
        {
            return null;
        }

        var parsed = _parser.Parse(source with { Review = null });
        diagnostics.AddRange(parsed.Diagnostics);
        if (parsed.Post is not { } post)
        {
            return null;
        }

        var review = ReviewFile.Empty;
        if (source.Review is { } reviewSource)
        {
            var read = ReviewFileReader.Read(reviewSource.Text, Inputs.Taxonomy, (line, column, message) =>
                diagnostics.Add(Diagnostic.Error(reviewSource.DisplayPath, line, column, DiagnosticCodes.InvalidReviewFile, message)));
            if (read is null)
            {
                return null;
            }

            review = read;
        }

        var (featureDecisions, limitDecisions) = ReviewApplier.Cover(post.Catalog, review);
        var items = post.Catalog.Features
            .Select((f, i) => new ReviewItem($"f{i + 1}", ReviewItemKind.Feature, ReviewLabels.Of(f), f.Confidence, f.StatusConfidence, f.Evidence, f.Anchor)
                { Feature = f, Decision = featureDecisions.GetValueOrDefault(i) })
            .Concat(post.Catalog.Limits.Select((l, i) => new ReviewItem($"l{i + 1}", ReviewItemKind.Limit, ReviewLabels.Of(l), l.Confidence, 1, l.Evidence, l.Anchor)
                { Limit = l, Decision = limitDecisions.GetValueOrDefault(i) }))
            .ToList();
        if (flags is { Count: > 0 })
        {
            items = items.Select(item => item with { Flags = FlagsOf(item, items, flags) }).ToList();
        }

        return new ReviewPost(Path.GetFullPath(Path.Combine(_options.SeedsDirectory, relativePath)), source.DisplayPath, post.Title, items, review);
    }

    /// <summary>
    /// The report's evidence that points at the item's paragraph: features for feature report items, limits for
    /// conflicting values. Of several features in one paragraph, the one the report names, when one is.
    /// </summary>
    private static IReadOnlyList<ReportFlag> FlagsOf(ReviewItem item, IReadOnlyList<ReviewItem> items, IReadOnlyList<ReportFlag> flags) =>
        flags.Where(flag => flag.IsAboutLimits == (item.Kind == ReviewItemKind.Limit) && flag.Anchor == item.Anchor)
            .Where(flag =>
            {
                var named = items.Where(i => i.Kind == item.Kind && i.Anchor == flag.Anchor && ReviewLabels.Same(i.Label, flag.Subject)).ToList();
                return named.Count == 0 || named.Contains(item);
            })
            .ToList();
}
