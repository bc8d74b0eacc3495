using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticCatalog.Catalog.Review;

/// <summary>
/// Reads a review file (<see cref="ReviewFile"/>). Each entry names its item and decision; an accepted or corrected
/// one also gives the item as it is to be shown, with the keys of a front-matter <c>catalog:</c> block
/// (<see cref="CuratedCatalogReader"/>). Every problem is reported at its line and column.
/// <code>
/// features:
///   - item: Introduction of Standard NAT Gateway V2
///     decision: reject
///   - item: Copilot SDK
///     decision: correct
///     name: GitHub Copilot SDK
///     status: preview
///     services: [github-copilot]
/// limits:
///   - item: 100 Gbps throughput of NAT Gateway V2
///     decision: accept
///     service: nat-gateway
///     subject: NAT Gateway V2
///     metric: throughput
///     value: 100
///     unit: Gbps
/// </code>
/// </summary>
public static class ReviewFileReader
{
    private static readonly string[] DecisionKeys = ["item", "decision"];

    /// <param name="text">The file's text.</param>
    /// <param name="taxonomy">The services an accepted or corrected item may name.</param>
    /// <param name="error">Receives each problem with its 1-based line and column.</param>
    /// <returns>The decisions, or null when the file has a problem (all of them were reported).</returns>
    public static ReviewFile? Read(string text, ServiceTaxonomy taxonomy, Action<int, int, string> error)
    {
        var failed = false;
        void Report(Mark mark, string message)
        {
            failed = true;
            error((int)Math.Max(mark.Line, 1), (int)Math.Max(mark.Column, 1), message);
        }

        // A review file may come in a pull request like a post: the front matter's limits on depth and aliases hold here too.
        if (Posts.FrontMatterLimits.Check(text) is { } limit)
        {
            Report(limit.Start, limit.Message.Replace("the front matter", "the review file", StringComparison.Ordinal));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            Report(ex.Start, $"the review file is not valid YAML: {ex.Message}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return ReviewFile.Empty;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Report(stream.Documents[0].RootNode.Start, "a review file is a map with 'features' and/or 'limits'");
            return null;
        }

        var decisions = new List<ReviewDecision>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key is not ("features" or "limits"))
            {
                Report(keyNode.Start, $"unknown key '{key}' in a review file (known: features, limits)");
                continue;
            }

            if (value is not YamlSequenceNode items)
            {
                Report(value.Start, $"'{key}' must be a list of decisions");
                continue;
            }

            var kind = key == "features" ? ReviewItemKind.Feature : ReviewItemKind.Limit;
            foreach (var item in items.Children)
            {
                if (ReadDecision(kind, item, taxonomy, Report) is { } decision)
                {
                    if (decisions.Find(d => d.IsAbout(kind, decision.Item)) is { } earlier)
                    {
                        Report(item.Start, $"a second decision about \"{decision.Item}\" (the first is on line {earlier.Line}): keep one");
                        continue;
                    }

                    decisions.Add(decision with { Line = (int)item.Start.Line, Column = (int)item.Start.Column });
                }
            }
        }

        return failed ? null : new ReviewFile(decisions);
    }

    private static ReviewDecision? ReadDecision(ReviewItemKind kind, YamlNode item, ServiceTaxonomy taxonomy, Action<Mark, string> error)
    {
        var where = kind == ReviewItemKind.Feature ? "features" : "limits";
        var known = DecisionKeys.Concat(kind == ReviewItemKind.Feature ? CuratedCatalogReader.FeatureKeys : CuratedCatalogReader.LimitKeys).ToArray();
        if (CuratedCatalogReader.Fields(item, known, where, error) is not { } fields)
        {
            return null;
        }

        var label = CuratedCatalogReader.Text(fields, "item");
        var decisionText = CuratedCatalogReader.Text(fields, "decision");
        if (label is null || decisionText is null)
        {
            error(item.Start, "a decision needs an 'item' (the extracted item's label, as 'staticcatalog review' lists it) and a 'decision' (accept, correct or reject)");
            return null;
        }

        if (!ReviewDecisionNames.TryParse(decisionText, out var chosen))
        {
            error(fields["decision"].Start, $"'{decisionText}' is not a decision (accept, correct or reject)");
            return null;
        }

        var shown = fields.Keys.Where(k => !DecisionKeys.Contains(k)).ToList();
        if (chosen == ReviewDecisionKind.Reject)
        {
            if (shown.Count > 0)
            {
                error(fields[shown[0]].Start, $"a rejected item is left out, so '{shown[0]}' has nothing to say: remove it, or make the decision 'correct'");
                return null;
            }

            return new ReviewDecision(kind, label, chosen);
        }

        CuratedCatalogReader.CheckServices(fields, taxonomy, error);
        var inner = fields.Where(f => !DecisionKeys.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        return kind == ReviewItemKind.Feature
            ? CuratedCatalogReader.ReadFeature(item, inner, error) is { } feature ? new ReviewDecision(kind, label, chosen, Feature: feature) : null
            : CuratedCatalogReader.ReadLimit(item, inner, error) is { } limit ? new ReviewDecision(kind, label, chosen, Limit: limit) : null;
    }
}
