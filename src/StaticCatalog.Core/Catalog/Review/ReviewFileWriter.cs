using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StaticCatalog.Catalog.Review;

/// <summary>
/// Writes a review file as <see cref="ReviewFileReader"/> reads it: decisions in their order, every text
/// double-quoted (a JSON string is a YAML double-quoted scalar), <c>\n</c> line endings. The same decisions
/// always give the same bytes.
/// </summary>
public static class ReviewFileWriter
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="review">The decisions.</param>
    /// <param name="postFileName">The seed's file name, for the header comment.</param>
    public static string Write(ReviewFile review, string postFileName)
    {
        var text = new StringBuilder();
        text.Append("# Catalog review of ").Append(postFileName).Append(", kept by 'staticcatalog review' (docs/catalog.md, \"Review\").\n");
        text.Append("# Each decision names the extracted item it is about; accepted and corrected items are shown as written here.\n");
        Section(text, "features", review.Decisions.Where(d => d.Kind == ReviewItemKind.Feature));
        Section(text, "limits", review.Decisions.Where(d => d.Kind == ReviewItemKind.Limit));
        return text.ToString();
    }

    private static void Section(StringBuilder text, string key, IEnumerable<ReviewDecision> decisions)
    {
        var list = decisions.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append(key).Append(":\n");
        foreach (var decision in list)
        {
            text.Append("  - item: ").Append(Quote(decision.Item)).Append('\n');
            Field(text, "decision", ReviewDecisionNames.Id(decision.Decision), quoted: false);
            if (decision.Feature is { } feature)
            {
                Field(text, "name", feature.Name);
                Field(text, "status", ReleaseStatusNames.Id(feature.Status), quoted: false);
                if (feature.Services.Count > 0)
                {
                    text.Append("    services: [").Append(string.Join(", ", feature.Services.Select(Quote))).Append("]\n");
                }

                Field(text, "evidence", feature.Evidence);
            }

            if (decision.Limit is { } limit)
            {
                Field(text, "service", limit.Service);
                Field(text, "feature", limit.Feature);
                Field(text, "subject", limit.Subject);
                Field(text, "metric", limit.Metric);
                Field(text, "value", limit.Value.ToString("G29", CultureInfo.InvariantCulture), quoted: false);
                Field(text, "unit", limit.Unit);
                Field(text, "qualifier", limit.Qualifier);
                Field(text, "evidence", limit.Evidence);
            }
        }
    }

    private static void Field(StringBuilder text, string key, string? value, bool quoted = true)
    {
        if (value is not null)
        {
            text.Append("    ").Append(key).Append(": ").Append(quoted ? Quote(value) : value).Append('\n');
        }
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value, Quoting);
}
