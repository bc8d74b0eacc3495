using System.Text.Json;

namespace StaticCatalog.Evaluation;

/// <summary>
/// The figures of <c>staticcatalog evaluate</c> for scripts (<c>--json FILE</c>): per half, per row, the counts and
/// each figure (null when there is nothing to score), the targets' goals and floors, and, when the identity pairs
/// were scored, the feature-identity match per half with its goals.
/// </summary>
public static class EvaluationJson
{
    public static byte[] Serialize(EvaluationReport report, IReadOnlyList<IdentityReport>? identity = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("halves");
            foreach (var half in report.Halves)
            {
                json.WriteStartObject(half.Half);
                foreach (var row in half.Rows)
                {
                    json.WriteStartObject(row.Key);
                    Counts(json, row.Counts);
                    foreach (var figure in EvaluationFigures.All)
                    {
                        Number(json, figure.Id, figure.ValueOf(row.Counts));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("targets");
            foreach (var target in EvaluationTargets.All)
            {
                json.WriteStartObject(target.Figure.Id);
                Number(json, "goal", target.Goal);
                json.WriteNumber("floor", target.Floor);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("missing");
            foreach (var file in report.Missing)
            {
                json.WriteStringValue(file);
            }

            json.WriteEndArray();
            if (identity is not null)
            {
                json.WriteStartObject("identity");
                foreach (var half in identity)
                {
                    json.WriteStartObject(half.Half);
                    json.WriteNumber("pairs", half.Pairs);
                    json.WriteNumber("matched", half.Matched);
                    json.WriteNumber("merged", half.Merged);
                    json.WriteNumber("split", half.Split);
                    json.WriteNumber("apart", half.Apart);
                    json.WriteNumber("precision", Math.Round(half.Precision, 4));
                    json.WriteNumber("recall", Math.Round(half.Recall, 4));
                    json.WriteEndObject();
                }

                json.WriteStartObject("goals");
                json.WriteNumber("precision", IdentityReport.PrecisionGoal);
                json.WriteNumber("recall", IdentityReport.RecallGoal);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void Counts(Utf8JsonWriter json, EvaluationCounts counts)
    {
        json.WriteNumber("posts", counts.Posts);
        json.WriteNumber("missing_posts", counts.MissingPosts);
        json.WriteNumber("features_found", counts.FeaturesFound);
        json.WriteNumber("features_labelled", counts.FeaturesLabelled);
        json.WriteNumber("features_matched", counts.FeatureMatches);
        json.WriteNumber("statuses_labelled", counts.StatusesLabelled);
        json.WriteNumber("statuses_right", counts.StatusesRight);
        json.WriteNumber("statuses_stated", counts.StatusesStated);
        json.WriteNumber("statuses_stated_right", counts.StatusesStatedRight);
        json.WriteNumber("attributions", counts.Attributions);
        json.WriteNumber("attributions_right", counts.AttributionsRight);
        json.WriteNumber("limits_found", counts.LimitsFound);
        json.WriteNumber("limits_labelled", counts.LimitsLabelled);
        json.WriteNumber("limits_matched", counts.LimitMatches);
        json.WriteNumber("services_found", counts.ServicesFound);
        json.WriteNumber("services_labelled", counts.ServicesLabelled);
        json.WriteNumber("services_matched", counts.ServiceMatches);
        json.WriteNumber("kinds_right", counts.KindsRight);
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
