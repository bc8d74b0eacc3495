using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console.Cli;
using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Review;
using StaticCatalog.Diagnostics;
using StaticCatalog.Formatting;
using StaticCatalog.Reviewing;

namespace StaticCatalog.Cli.Commands;

/// <summary>
/// <c>staticcatalog review [POSTS]</c>: per post, the extracted items less sure than <c>--below</c> that no decision
/// covers yet, with their evidence and the commands that decide them.
/// </summary>
public sealed class ReviewListCommand : Command<ReviewListSettings>
{
    public override int Execute(CommandContext context, ReviewListSettings settings, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag();
        var session = ReviewSession.Open(settings.ToOptions(), diagnostics);
        var posts = new List<(ReviewPost Post, IReadOnlyList<ReviewItem> Items)>();
        if (session is not null)
        {
            var seeds = settings.Posts.Length == 0 ? session.Seeds(diagnostics) : Named(session, settings.Posts, diagnostics);
            var flags = settings.Site is null ? null : ReportFlags.Read(settings.Site, diagnostics);
            foreach (var seed in settings.Site is not null && flags is null ? [] : seeds)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (session.Read(seed, diagnostics, flags?.GetValueOrDefault(seed)) is not { } post)
                {
                    continue;
                }

                var items = post.Items.Where(i => settings.All || i.NeedsReview(settings.Threshold)).ToList();
                if (items.Count > 0 || post.Unmatched.Count > 0)
                {
                    posts.Add((post, items));
                }
            }
        }

        // The listing is about the catalog: errors stop it, a post's warnings are the build's to print.
        var all = diagnostics.ToSortedList();
        foreach (var diagnostic in all.Where(d => d.IsError))
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        if (all.Count(d => !d.IsError) is > 0 and var warnings)
        {
            Console.Error.WriteLine($"({NumberFormat.Counted(warnings, "warning")} about the posts not shown; 'staticcatalog build' prints them)");
        }

        if (session is null || diagnostics.HasErrors)
        {
            return CliApp.InputErrors;
        }

        if (settings.Json)
        {
            Console.Out.WriteLine(Json(posts, settings.Threshold, session.MinConfidence));
        }
        else
        {
            Print(posts, settings.Threshold, session.MinConfidence);
        }

        return CliApp.Success;
    }

    private static List<string> Named(ReviewSession session, string[] paths, DiagnosticBag diagnostics) =>
        paths.Select(path => session.SeedOf(path, diagnostics)).OfType<string>().ToList();

    private static void Print(List<(ReviewPost Post, IReadOnlyList<ReviewItem> Items)> posts, double below, double shown)
    {
        var count = 0;
        foreach (var (post, items) in posts)
        {
            Console.Out.WriteLine($"{post.DisplayPath}: \"{post.Title}\": {NumberFormat.Counted(items.Count, "item")} to review");
            foreach (var item in items)
            {
                count++;
                Console.Out.WriteLine($"  {item.Id,-4} {Describe(item, shown)}");
                Console.Out.WriteLine($"       evidence: \"{Shorten(item.Evidence, 160)}\"");
                foreach (var flag in item.Flags)
                {
                    Console.Out.WriteLine($"       report: {flag.Kind}: {flag.Subject}: {flag.Message}");
                }
            }

            foreach (var decision in post.Unmatched)
            {
                Console.Out.WriteLine($"  {ReviewFile.PathFor(post.DisplayPath)}({decision.Line},{decision.Column}): {ReviewDecisionNames.Id(decision.Decision)} \"{decision.Item}\" no longer matches an extracted item"
                    + (decision.Decision == ReviewDecisionKind.Reject ? "; it removes nothing" : "; the item is still shown as decided"));
            }
        }

        var value = below.ToString("0.##", CultureInfo.InvariantCulture);
        Console.Out.WriteLine(count == 0
            ? $"Nothing to review: every extracted item has a confidence of at least {value} or a decision, and no report item points at one."
            : $"{NumberFormat.Counted(count, "item")} in {NumberFormat.Counted(posts.Count(p => p.Items.Count > 0), "post")} (confidence below {value}; the pages hide items below {shown.ToString("0.##", CultureInfo.InvariantCulture)}). Decide each with:\n"
              + "  staticcatalog review accept POST ITEM...   it is right as extracted\n"
              + "  staticcatalog review reject POST ITEM...   it is not a feature or limit this post announces\n"
              + "  staticcatalog review correct POST ITEM --status ga --name \"...\"   (or --value, --unit, --metric, --subject, --service)\n"
              + "Decisions are kept in POST's .catalog.yml file beside it; the post is never changed.");
    }

    private static string Describe(ReviewItem item, double shown)
    {
        var decided = item.Decision is { } decision ? $" [{ReviewDecisionNames.Done(decision.Decision)}]" : string.Empty;
        var hidden = item.Confidence < shown ? ", hidden on the pages" : string.Empty;
        if (item.Feature is { } feature)
        {
            var services = feature.Services.Count == 0 ? "no service" : string.Join(", ", feature.Services);
            return $"feature \"{item.Label}\": {ReleaseStatusNames.Id(feature.Status)} (status confidence {Figure(item.StatusConfidence)}), {services}; confidence {Figure(item.Confidence)}{hidden}{decided}";
        }

        var limit = item.Limit!;
        return $"limit \"{item.Label}\"{(limit.Qualifier is null ? string.Empty : $" ({limit.Qualifier})")}, {limit.Service ?? "no service"}; confidence {Figure(item.Confidence)}{hidden}{decided}";
    }

    private static string Json(List<(ReviewPost Post, IReadOnlyList<ReviewItem> Items)> posts, double below, double shown)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("below", below);
            json.WriteNumber("catalog_min_confidence", shown);
            json.WriteStartArray("posts");
            foreach (var (post, items) in posts)
            {
                json.WriteStartObject();
                json.WriteString("path", post.DisplayPath);
                json.WriteString("title", post.Title);
                json.WriteString("review_file", ReviewFile.PathFor(post.DisplayPath));
                json.WriteStartArray("items");
                foreach (var item in items)
                {
                    json.WriteStartObject();
                    json.WriteString("id", item.Id);
                    json.WriteString("kind", item.Kind == ReviewItemKind.Feature ? "feature" : "limit");
                    json.WriteString("label", item.Label);
                    if (item.Feature is { } feature)
                    {
                        json.WriteString("status", ReleaseStatusNames.Id(feature.Status));
                        json.WriteNumber("status_confidence", Math.Round(item.StatusConfidence, 3));
                    }

                    json.WriteNumber("confidence", Math.Round(item.Confidence, 3));
                    json.WriteStartArray("services");
                    foreach (var service in item.Feature?.Services ?? (item.Limit?.Service is { } one ? [one] : []))
                    {
                        json.WriteStringValue(service);
                    }

                    json.WriteEndArray();
                    json.WriteString("evidence", item.Evidence);
                    json.WriteStartArray("report");
                    foreach (var flag in item.Flags)
                    {
                        json.WriteStartObject();
                        json.WriteString("kind", flag.Kind);
                        json.WriteString("subject", flag.Subject);
                        json.WriteString("message", flag.Message);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    if (item.Decision is { } decision)
                    {
                        json.WriteString("decision", ReviewDecisionNames.Id(decision.Decision));
                    }
                    else
                    {
                        json.WriteNull("decision");
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("unmatched");
                foreach (var decision in post.Unmatched)
                {
                    json.WriteStartObject();
                    json.WriteString("item", decision.Item);
                    json.WriteString("decision", ReviewDecisionNames.Id(decision.Decision));
                    json.WriteNumber("line", decision.Line);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Figure(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
