using System.Globalization;
using StaticCatalog.Catalog;

namespace StaticCatalog.Evaluation;

/// <summary>
/// Scores one post's extracted catalog against its label by the labelling guide's rules (the rules of the set's
/// <c>score.py</c>, which this follows count for count):
/// <list type="bullet">
/// <item>features match one-to-one, best pair first (<see cref="LabelMatching.FeatureScore"/> at least 0.5);</item>
/// <item>status accuracy is over labelled features with a known status, a missed one counting as wrong; status
/// precision is over matched features that state a status;</item>
/// <item>attribution: a matched feature's services include the labelled service's slug and number at most three;</item>
/// <item>limits match one-to-one on the same value (raw or normalized, within 0.5%) and evidence holding 60% of the
/// label's evidence words; an extracted limit matching an optional label is neither right nor wrong, and an optional
/// label is never missed;</item>
/// <item>services are compared as sets of slugs; the kind against <see cref="PostCatalog.Kind"/>.</item>
/// </list>
/// </summary>
public static class PostScorer
{
    /// <summary>The most services a feature may be attached to and still count as attributed.</summary>
    public const int MaxServicesPerFeature = 3;

    /// <param name="label">The post's label.</param>
    /// <param name="catalog">What the extractor found in the post, or null when the post is missing.</param>
    /// <param name="names">The taxonomy's names, to map labelled services to slugs.</param>
    /// <param name="mistakes">Receives one line per miss and per item not in the labels, when given.</param>
    public static EvaluationCounts Score(LabelledPost label, PostCatalog? catalog, LabelServiceNames names, ICollection<string>? mistakes = null)
    {
        if (catalog is null)
        {
            mistakes?.Add($"{label.File}: not found in the corpus, or does not parse");
            return EvaluationCounts.Zero with { Posts = 1, MissingPosts = 1 };
        }

        var counts = EvaluationCounts.Zero with
        {
            Posts = 1,
            KindsRight = label.Kind is not null && PostKindNames.Id(catalog.Kind) == label.Kind ? 1 : 0,
        };
        if (counts.KindsRight == 0)
        {
            mistakes?.Add($"{label.File}: kind labelled {label.Kind ?? "(none)"}, extracted {PostKindNames.Id(catalog.Kind)}");
        }

        counts = ScoreFeatures(label, catalog.Features, names, counts, mistakes);
        counts = ScoreLimits(label, catalog.Limits, counts, mistakes);
        return ScoreServices(label, catalog.Services, names, counts, mistakes);
    }

    /// <summary>Labelled feature index to extracted feature index: every pair scored, best first (ties: later label, later feature), each side used once.</summary>
    public static IReadOnlyDictionary<int, int> MatchFeatures(IReadOnlyList<LabelledFeature> labelled, IReadOnlyList<CatalogFeature> extracted)
    {
        var pairs = new List<(double Score, int Label, int Extracted)>();
        for (var i = 0; i < labelled.Count; i++)
        {
            for (var j = 0; j < extracted.Count; j++)
            {
                pairs.Add((LabelMatching.FeatureScore(labelled[i], extracted[j].Name), i, j));
            }
        }

        pairs.Sort((a, b) => b.CompareTo(a));
        var matches = new Dictionary<int, int>();
        var used = new HashSet<int>();
        foreach (var (score, i, j) in pairs)
        {
            if (score >= LabelMatching.FeatureShare && !matches.ContainsKey(i) && !used.Contains(j))
            {
                matches[i] = j;
                used.Add(j);
            }
        }

        return matches;
    }

    private static EvaluationCounts ScoreFeatures(LabelledPost label, IReadOnlyList<CatalogFeature> extracted, LabelServiceNames names, EvaluationCounts counts, ICollection<string>? mistakes)
    {
        var matches = MatchFeatures(label.Features, extracted);
        int statusesLabelled = 0, statusesRight = 0, stated = 0, statedRight = 0, attributionsRight = 0;
        for (var i = 0; i < label.Features.Count; i++)
        {
            var feature = label.Features[i];
            var match = matches.TryGetValue(i, out var j) ? extracted[j] : null;
            if (feature.Status != ReleaseStatus.Unknown)
            {
                statusesLabelled++;
                statusesRight += match?.Status == feature.Status ? 1 : 0;
            }

            if (match is null)
            {
                mistakes?.Add($"{label.File}: feature missed: {feature.Name} ({ReleaseStatusNames.Id(feature.Status)})");
                continue;
            }

            if (match.Status != ReleaseStatus.Unknown)
            {
                stated++;
                statedRight += match.Status == feature.Status ? 1 : 0;
            }

            if (match.Status != feature.Status)
            {
                mistakes?.Add($"{label.File}: status of '{feature.Name}': labelled {ReleaseStatusNames.Id(feature.Status)}, extracted {ReleaseStatusNames.Id(match.Status)} (as '{match.Name}')");
            }

            if (match.Services.Contains(names.SlugOf(feature.Service ?? string.Empty)) && match.Services.Count <= MaxServicesPerFeature)
            {
                attributionsRight++;
            }
            else
            {
                mistakes?.Add($"{label.File}: attribution of '{feature.Name}': labelled {feature.Service ?? "(none)"}, extracted [{string.Join(", ", match.Services)}]");
            }
        }

        var matched = matches.Values.ToHashSet();
        for (var j = 0; j < extracted.Count; j++)
        {
            if (!matched.Contains(j))
            {
                mistakes?.Add($"{label.File}: feature not in the labels: {extracted[j].Name} ({ReleaseStatusNames.Id(extracted[j].Status)})");
            }
        }

        return counts with
        {
            FeaturesFound = extracted.Count,
            FeaturesLabelled = label.Features.Count,
            FeatureMatches = matches.Count,
            StatusesLabelled = statusesLabelled,
            StatusesRight = statusesRight,
            StatusesStated = stated,
            StatusesStatedRight = statedRight,
            Attributions = matches.Count,
            AttributionsRight = attributionsRight,
        };
    }

    private static EvaluationCounts ScoreLimits(LabelledPost label, IReadOnlyList<CatalogLimit> extracted, EvaluationCounts counts, ICollection<string>? mistakes)
    {
        var used = new HashSet<int>();
        int matches = 0, optionalMatches = 0;
        foreach (var limit in label.Limits)
        {
            var match = -1;
            for (var j = 0; j < extracted.Count && match < 0; j++)
            {
                if (!used.Contains(j) && Matches(limit, extracted[j]))
                {
                    match = j;
                }
            }

            if (match < 0)
            {
                if (!limit.Optional)
                {
                    mistakes?.Add($"{label.File}: limit missed: {limit.Value.ToString(CultureInfo.InvariantCulture)} {limit.Unit} in \"{limit.Evidence}\"");
                }

                continue;
            }

            used.Add(match);
            if (limit.Optional)
            {
                optionalMatches++;
            }
            else
            {
                matches++;
            }
        }

        for (var j = 0; j < extracted.Count; j++)
        {
            if (!used.Contains(j))
            {
                var limit = extracted[j];
                mistakes?.Add($"{label.File}: limit not in the labels: {limit.Value.ToString(CultureInfo.InvariantCulture)} {limit.Unit} {limit.Metric} in \"{limit.Evidence}\"");
            }
        }

        return counts with
        {
            LimitsFound = extracted.Count - optionalMatches,
            LimitsLabelled = label.Limits.Count(l => !l.Optional),
            LimitMatches = matches,
        };
    }

    private static bool Matches(LabelledLimit label, CatalogLimit extracted) =>
        (LabelMatching.SameValue(label.Value, (double)extracted.Value) || LabelMatching.SameValue(label.Value, (double)extracted.Normalized))
        && LabelMatching.Contained(label.Evidence, extracted.Evidence) >= LabelMatching.LimitEvidenceShare;

    private static EvaluationCounts ScoreServices(LabelledPost label, IReadOnlyList<string> extracted, LabelServiceNames names, EvaluationCounts counts, ICollection<string>? mistakes)
    {
        var labelled = label.Services.Select(names.SlugOf).ToHashSet(StringComparer.Ordinal);
        var found = extracted.ToHashSet(StringComparer.Ordinal);
        foreach (var extra in found.Where(s => !labelled.Contains(s)).Order(StringComparer.Ordinal))
        {
            mistakes?.Add($"{label.File}: service not in the labels: {extra}");
        }

        foreach (var missed in labelled.Where(s => !found.Contains(s)).Order(StringComparer.Ordinal))
        {
            mistakes?.Add($"{label.File}: service missed: {(missed.StartsWith('?') ? missed[1..] + " (not in services.yml)" : missed)}");
        }

        return counts with
        {
            ServicesFound = found.Count,
            ServicesLabelled = labelled.Count,
            ServiceMatches = labelled.Count(found.Contains),
        };
    }
}
