using StaticCatalog.Catalog;
using StaticCatalog.Diagnostics;
using StaticCatalog.Posts;
using StaticCatalog.Site;
using StaticCatalog.Sources;

namespace StaticCatalog.Evaluation;

/// <summary>
/// Runs the build's parse stage (the same <see cref="PostParser"/> and catalog extractor, no site) over the posts of
/// a labelled set, found in the corpus by their paths, and scores each with <see cref="PostScorer"/>, summed per half,
/// feed and labelled post kind.
/// </summary>
public static class ExtractionEvaluator
{
    /// <summary>The feeds of the shared corpus, in the order rows are printed (other folders follow by name).</summary>
    public static IReadOnlyList<string> Feeds { get; } = ["news", "blogs", "community", "videos", "roundups"];

    /// <param name="set">The labelled set.</param>
    /// <param name="corpusRoot">The folder the labelled paths are below (news/, blogs/, ...).</param>
    /// <param name="taxonomy">The services (input/services.yml), as a build reads them.</param>
    /// <param name="halves">The halves to score, of <see cref="LabelledSet.Halves"/>.</param>
    /// <param name="shown">When given, each post's catalog is scored as the pages show it (items below the
    /// threshold hidden, statuses below it unknown); else every item, as <c>catalog.json</c> keeps them.</param>
    public static EvaluationReport Evaluate(LabelledSet set, string corpusRoot, ServiceTaxonomy taxonomy, IReadOnlyCollection<string> halves, CatalogVisibility? shown = null)
    {
        var parser = PostParser.ForSite(taxonomy);
        var names = new LabelServiceNames(taxonomy);
        var missing = new List<string>();
        var reports = new List<HalfReport>();
        foreach (var half in LabelledSet.Halves.Where(halves.Contains))
        {
            var groups = new Dictionary<string, EvaluationCounts>(StringComparer.Ordinal);
            var mistakes = new List<string>();
            foreach (var label in set.In(half))
            {
                var extracted = Extract(parser, corpusRoot, label.File);
                var catalog = extracted is not null && shown is not null ? shown.Shown(extracted) : extracted;
                if (extracted is null)
                {
                    missing.Add(label.File);
                }

                var counts = PostScorer.Score(label, catalog, names, mistakes);
                foreach (var key in new[] { EvaluationRow.All, label.Feed, EvaluationRow.KindPrefix + (label.Kind ?? "?") })
                {
                    groups[key] = groups.GetValueOrDefault(key, EvaluationCounts.Zero) + counts;
                }
            }

            reports.Add(new HalfReport(half, Rows(groups), mistakes));
        }

        return new EvaluationReport(reports, missing);
    }

    /// <summary>The catalog the build would give the post at <paramref name="relativePath"/>, or null when it is missing or does not parse.</summary>
    public static PostCatalog? Extract(PostParser parser, string corpusRoot, string relativePath)
    {
        var path = Path.Combine(corpusRoot, relativePath);
        if (!File.Exists(path))
        {
            return null;
        }

        var source = SourceLoader.Read(path, path, relativePath, new DiagnosticBag());
        return source is null ? null : parser.Parse(source).Post?.Catalog;
    }

    private static List<EvaluationRow> Rows(Dictionary<string, EvaluationCounts> groups)
    {
        var feeds = groups.Keys.Where(k => k != EvaluationRow.All && !k.StartsWith(EvaluationRow.KindPrefix, StringComparison.Ordinal))
            .OrderBy(k => Feeds.Contains(k) ? Feeds.ToList().IndexOf(k) : Feeds.Count)
            .ThenBy(k => k, StringComparer.Ordinal);
        var kinds = groups.Keys.Where(k => k.StartsWith(EvaluationRow.KindPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        return new[] { EvaluationRow.All }.Where(groups.ContainsKey).Concat(feeds).Concat(kinds)
            .Select(k => new EvaluationRow(k, groups[k]))
            .DefaultIfEmpty(new EvaluationRow(EvaluationRow.All, EvaluationCounts.Zero))
            .ToList();
    }
}
