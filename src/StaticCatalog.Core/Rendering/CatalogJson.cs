using System.Text.Json;
using StaticCatalog.Catalog;
using StaticCatalog.Catalog.Dates;
using StaticCatalog.Formatting;
using StaticCatalog.Output;
using StaticCatalog.Safety;
using StaticCatalog.Site;
using StaticCatalog.Site.Insights;
using StaticCatalog.Urls;

namespace StaticCatalog.Rendering;

/// <summary>
/// Writes <c>catalog.json</c> (posts, services, features, limits, cross-referenced by id) and ships
/// <c>catalog.schema.json</c>, the JSON Schema that documents it. Deterministic: no timestamps, fixed order.
/// </summary>
public static class CatalogJson
{
    public const string SchemaResource = "StaticCatalog.Catalog.catalog.schema.json";

    public static IReadOnlyList<OutputFile> Write(SiteModel site)
    {
        return [new OutputFile(SitePaths.CatalogJson, Serialize(site)), new OutputFile(SitePaths.CatalogSchema, Schema())];
    }

    /// <summary>The schema as shipped in the assembly.</summary>
    public static byte[] Schema()
    {
        using var stream = typeof(CatalogJson).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"the resource {SchemaResource} is missing from the build");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public static byte[] Serialize(SiteModel site)
    {
        var url = site.Url;
        var catalog = site.FullCatalog;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JsonEscaping.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", url.Absolute(SitePaths.CatalogSchema));
            json.WriteString("generator", "StaticCatalog");
            json.WriteStartObject("site");
            json.WriteString("title", site.Config.Title);
            json.WriteString("url", url.Absolute(SitePaths.Home));
            json.WriteEndObject();

            json.WriteStartArray("posts");
            foreach (var post in site.Posts)
            {
                json.WriteStartObject();
                json.WriteString("id", catalog.PostIdOf(post));
                json.WriteString("title", post.Post.Title);
                json.WriteString("date", DateFormat.Iso(post.Post.Date));
                json.WriteString("url", url.Absolute(post.SitePath));
                json.WriteString("source", post.Post.RelativePath.Replace('\\', '/'));
                json.WriteString("kind", PostKindNames.Id(post.Post.Catalog.Kind));
                Strings(json, "services", post.Post.Catalog.Services);
                Strings(json, "mentioned", post.Post.Catalog.Mentioned);
                Strings(json, "tags", post.Post.Tags);
                Strings(json, "features", catalog.FeaturesOf(post).Select(f => f.Id));
                Strings(json, "limits", catalog.LimitsOf(post).Select(l => l.Id));
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("services");
            foreach (var entry in catalog.Services)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Service.Slug);
                json.WriteString("name", entry.Service.Name);
                Strings(json, "aliases", entry.Service.Aliases);
                json.WriteString("category", entry.Service.Category);
                NullableString(json, "url", entry.HasPage ? url.Absolute(entry.SitePath) : null);
                NullableString(json, "docs", entry.Service.Docs);
                json.WriteNumber("post_count", entry.Posts.Count);
                json.WriteNumber("mentioned_count", entry.MentionedIn.Count);
                json.WriteNumber("feature_count", entry.Features.Count);
                json.WriteNumber("limit_count", entry.Limits.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("features");
            foreach (var entry in catalog.Features)
            {
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                json.WriteString("name", entry.Feature.Name);
                Strings(json, "services", entry.Feature.Services);
                json.WriteString("status", ReleaseStatusNames.Id(entry.Feature.Status));
                json.WriteNumber("confidence", Math.Round(entry.Feature.Confidence, 3));
                json.WriteNumber("status_confidence", Math.Round(entry.Feature.StatusConfidence, 3));
                json.WriteString("date", DateFormat.Iso(entry.Date));
                json.WriteString("post", catalog.PostIdOf(entry.Post));
                json.WriteString("url", Anchored(url, entry.Post, entry.Feature.Anchor));
                json.WriteString("evidence", entry.Feature.Evidence);
                json.WriteBoolean("curated", entry.Feature.Curated);
                NullableString(json, "review", CurationLabel.Json(entry.Feature.Review));
                json.WriteString("entity", entry.EntityId);
                Target(json, entry.Feature.Target);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            // An entity's url is its page where the pages have one (seen in more than one post, as the pages show
            // the catalog), else the paragraph of its current mention.
            var pages = site.Catalog.Histories.Where(h => h.HasPage).Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
            json.WriteStartArray("entities");
            foreach (var history in catalog.Histories)
            {
                json.WriteStartObject();
                json.WriteString("id", history.Id);
                json.WriteString("name", history.Name);
                Strings(json, "services", history.Entries.SelectMany(e => e.Feature.Services).Distinct(StringComparer.Ordinal));
                json.WriteString("status", ReleaseStatusNames.Id(history.Status));
                json.WriteString("url", pages.Contains(history.Id) ? url.Absolute(history.SitePath) : Anchored(url, history.Current.Post, history.Current.Feature.Anchor));
                json.WriteStartArray("history");
                foreach (var step in history.Entries)
                {
                    json.WriteStartObject();
                    json.WriteString("status", ReleaseStatusNames.Id(step.Feature.Status));
                    json.WriteString("date", DateFormat.Iso(step.Date));
                    json.WriteString("post", catalog.PostIdOf(step.Post));
                    json.WriteString("feature", step.Id);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                Plan(json, history);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("limits");
            foreach (var entry in catalog.Limits)
            {
                var limit = entry.Limit;
                json.WriteStartObject();
                json.WriteString("id", entry.Id);
                NullableString(json, "service", limit.Service);
                NullableString(json, "feature", entry.Feature?.Id);
                json.WriteString("subject", limit.Subject);
                json.WriteString("metric", limit.Metric);
                json.WriteNumber("value", limit.Value);
                json.WriteString("unit", limit.Unit);
                json.WriteStartObject("normalized");
                json.WriteNumber("value", limit.Normalized);
                json.WriteString("unit", limit.BaseUnit);
                json.WriteEndObject();
                NullableString(json, "qualifier", limit.Qualifier);
                json.WriteString("status", ReleaseStatusNames.Id(entry.Status));
                json.WriteString("post", catalog.PostIdOf(entry.Post));
                json.WriteString("url", Anchored(url, entry.Post, limit.Anchor));
                json.WriteString("evidence", limit.Evidence);
                json.WriteBoolean("curated", limit.Curated);
                NullableString(json, "review", CurationLabel.Json(limit.Review));
                json.WriteNumber("confidence", Math.Round(limit.Confidence, 3));
                NullableString(json, "superseded_by", catalog.LimitHistories.SupersededBy(entry));
                NullableString(json, "entity", entry.EntityId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Insights(json, site);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary><c>"plan"</c>: planned against actual (<see cref="PlanOutcome"/>), or null when no mention plans it with a date.</summary>
    private static void Plan(Utf8JsonWriter json, FeatureHistory history)
    {
        if (PlanOutcome.Of(history) is not { } outcome)
        {
            json.WriteNull("plan");
            return;
        }

        json.WriteStartObject("plan");
        Target(json, outcome.Target);
        json.WriteString("planned_in", outcome.Plan.Id);
        NullableString(json, "arrived", outcome.Arrival?.Id);
        if (outcome.SlipDays is { } slip)
        {
            json.WriteNumber("slip_days", slip);
        }
        else
        {
            json.WriteNull("slip_days");
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// <c>"insights"</c>: the consistency report of the catalog the pages show (<see cref="CatalogInsights"/>), with
    /// the day it counts from; <c>staticcatalog check --catalog</c> reports its items.
    /// </summary>
    private static void Insights(Utf8JsonWriter json, SiteModel site)
    {
        var url = site.Url;
        var catalog = site.FullCatalog;
        json.WriteStartObject("insights");
        json.WriteString("as_of", DateFormat.Day(CatalogInsights.AsOfDay(site)));
        json.WriteNumber("stale_preview_months", site.Config.StalePreviewMonths);
        json.WriteStartArray("items");
        foreach (var insight in CatalogInsights.Of(site))
        {
            json.WriteStartObject();
            json.WriteString("kind", InsightKinds.Id(insight.Kind));
            json.WriteString("subject", insight.Subject);
            json.WriteString("message", insight.Message);
            json.WriteString("date", DateFormat.Day(insight.Date));
            Strings(json, "services", insight.Services);
            NullableString(json, "entity", insight.Entity?.Id);
            json.WriteStartArray("evidence");
            foreach (var evidence in insight.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("label", evidence.Label);
                json.WriteString("date", DateFormat.Iso(evidence.Date));
                json.WriteString("post", catalog.PostIdOf(evidence.Post));
                json.WriteString("url", Anchored(url, evidence.Post, evidence.Anchor));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary><c>"target": {"date", "text", "precision"}</c>: when a planned feature is due or a retired one retires; null when its post gives no date.</summary>
    private static void Target(Utf8JsonWriter json, TargetDate? target)
    {
        if (target is null)
        {
            json.WriteNull("target");
            return;
        }

        json.WriteStartObject("target");
        json.WriteString("date", DateFormat.Day(target.Date));
        json.WriteString("text", target.Text);
        json.WriteString("precision", target.Precision.ToString().ToLowerInvariant());
        json.WriteEndObject();
    }

    private static string Anchored(SiteUrl url, SitePost post, string? anchor) =>
        url.Absolute(post.SitePath) + (anchor is null ? string.Empty : "#" + anchor);

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
