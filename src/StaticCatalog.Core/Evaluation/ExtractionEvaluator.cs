using System.Globalization;
using StaticCatalog.Catalog;
using StaticCatalog.Diagnostics;
using StaticCatalog.Markdown;
using StaticCatalog.Posts;
using StaticCatalog.Sources;

namespace StaticCatalog.Evaluation;

/// <summary>Runs the extractor over the posts of a labelled set and compares what it finds with the labels.</summary>
public static class ExtractionEvaluator
{
    /// <summary>Two normalized values are the same figure when they differ by less than this share (rounding in the text).</summary>
    private const decimal Tolerance = 0.005m;

    public static EvaluationReport Evaluate(IReadOnlyList<LabelledPost> labels, string postsDirectory, ServiceTaxonomy taxonomy)
    {
        var parser = new PostParser(MarkdownPipelineFactory.Create(), taxonomy);
        var services = Score.Zero;
        var limits = Score.Zero;
        int labelled = 0, found = 0, right = 0;
        var mistakes = new List<string>();
        foreach (var label in labels)
        {
            var path = Path.Combine(postsDirectory, label.File);
            var bag = new DiagnosticBag();
            var source = SourceLoader.Read(path, path, label.File, bag) ?? throw new InvalidDataException($"{path}: cannot read the labelled post");
            var post = parser.Parse(source).Post ?? throw new InvalidDataException($"{path}: the labelled post does not parse");
            var catalog = post.Catalog;

            services += CompareSets(label.Services, catalog.Services, label.File, "service", mistakes);
            limits += CompareLimits(label, catalog, mistakes);
            foreach (var feature in label.Features)
            {
                labelled++;
                var match = catalog.Features
                    .Select(f => (Feature: f, Similarity: Similarity(f.Name, feature.Name)))
                    .Where(m => m.Similarity >= 0.5)
                    .OrderByDescending(m => m.Similarity)
                    .Select(m => m.Feature)
                    .FirstOrDefault();
                if (match is null)
                {
                    mistakes.Add($"{label.File}: feature not found: {feature.Name} ({ReleaseStatusNames.Id(feature.Status)})");
                    continue;
                }

                found++;
                if (match.Status == feature.Status)
                {
                    right++;
                }
                else
                {
                    mistakes.Add($"{label.File}: status of '{feature.Name}': labelled {ReleaseStatusNames.Id(feature.Status)}, extracted {ReleaseStatusNames.Id(match.Status)} (as '{match.Name}')");
                }
            }
        }

        return new EvaluationReport(labels.Count, services, limits, labelled, found, right, mistakes);
    }

    /// <summary>
    /// How alike two feature names are: 2 for the same key, 1 when one's key holds the other's,
    /// else the share of words they have in common (a match needs 0.5).
    /// </summary>
    public static double Similarity(string extracted, string labelled)
    {
        var a = FeatureFinder.Key(extracted);
        var b = FeatureFinder.Key(labelled);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 2;
        }

        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal))
        {
            return 1;
        }

        var wordsA = Words(extracted);
        var wordsB = Words(labelled);
        var shared = wordsA.Intersect(wordsB).Count();
        return shared == 0 ? 0 : (double)shared / wordsA.Union(wordsB).Count();
    }

    private static HashSet<string> Words(string name) =>
        name.ToLowerInvariant().Split([' ', '-', '(', ')', ':', ',', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("azure" or "the" or "a" or "for" or "and" or "of" or "with" or "in"))
            .ToHashSet(StringComparer.Ordinal);

    private static Score CompareSets(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string file, string kind, List<string> mistakes)
    {
        var truePositives = actual.Count(expected.Contains);
        foreach (var extra in actual.Except(expected))
        {
            mistakes.Add($"{file}: {kind} not in the labels: {extra}");
        }

        foreach (var missed in expected.Except(actual))
        {
            mistakes.Add($"{file}: {kind} missed: {missed}");
        }

        return new Score(truePositives, actual.Count - truePositives, expected.Count - truePositives);
    }

    private static Score CompareLimits(LabelledPost label, PostCatalog catalog, List<string> mistakes)
    {
        var expected = label.Limits.ToList();
        var extracted = catalog.Limits.DistinctBy(l => (l.BaseUnit, l.Normalized)).ToList();
        var truePositives = 0;
        foreach (var limit in extracted)
        {
            var match = expected.FirstOrDefault(e => e.BaseUnit == limit.BaseUnit && Close(e.Normalized, limit.Normalized));
            if (match is null)
            {
                mistakes.Add($"{label.File}: limit not in the labels: {Describe(limit)} in \"{limit.Evidence}\"");
                continue;
            }

            expected.Remove(match);
            truePositives++;
        }

        foreach (var missed in expected)
        {
            mistakes.Add($"{label.File}: limit missed: \"{missed.Text}\" ({missed.Normalized.ToString(CultureInfo.InvariantCulture)} {missed.BaseUnit})");
        }

        return new Score(truePositives, extracted.Count - truePositives, expected.Count);
    }

    private static bool Close(decimal a, decimal b) =>
        a == b || (Math.Max(Math.Abs(a), Math.Abs(b)) is var size && size > 0 && Math.Abs(a - b) / size < Tolerance);

    private static string Describe(CatalogLimit limit) =>
        $"{limit.Value.ToString(CultureInfo.InvariantCulture)} {limit.Unit} {limit.Metric} ({limit.Normalized.ToString(CultureInfo.InvariantCulture)} {limit.BaseUnit})";
}
