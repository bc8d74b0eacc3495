using System.Globalization;
using StaticCatalog.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticCatalog.Configuration;

/// <summary>Reads <c>site.yml</c> from the input folder; a missing file means the defaults.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yml";

    public static SiteConfig Load(string inputDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, FileName);
        if (!File.Exists(path))
        {
            return new SiteConfig();
        }

        try
        {
            var deserializer = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build();
            var text = File.ReadAllText(path);
            var file = deserializer.Deserialize<SiteConfigFile?>(text) ?? new SiteConfigFile();
            var defaults = new SiteConfig();
            var config = new SiteConfig
            {
                Title = file.Title ?? defaults.Title,
                Description = file.Description ?? defaults.Description,
                BaseUrl = file.BaseUrl ?? defaults.BaseUrl,
                Language = file.Language ?? defaults.Language,
                PageSize = file.PageSize ?? defaults.PageSize,
                HomePostCount = file.HomePostCount ?? defaults.HomePostCount,
                HomeTagCount = file.HomeTagCount ?? defaults.HomeTagCount,
                FeedEntries = file.FeedEntries ?? defaults.FeedEntries,
                TagFeedMinPosts = file.TagFeedMinPosts ?? defaults.TagFeedMinPosts,
                TagPageExcerpts = file.TagPageExcerpts ?? defaults.TagPageExcerpts,
                LimitsPerPage = file.LimitsPerPage ?? defaults.LimitsPerPage,
                StalePreviewMonths = file.StalePreviewMonths ?? defaults.StalePreviewMonths,
                CatalogMinConfidence = file.CatalogMinConfidence is { } confidence ? ParseConfidence(confidence, text, path, diagnostics) ?? defaults.CatalogMinConfidence : defaults.CatalogMinConfidence,
                SectionTitles = file.SectionTitles is { Count: > 0 } titles
                    ? new SortedDictionary<string, string>(titles, StringComparer.Ordinal)
                    : defaults.SectionTitles,
            };
            var bad = new (string Key, bool Bad)[]
            {
                ("page_size", config.PageSize < 1), ("feed_entries", config.FeedEntries < 1), ("tag_feed_min_posts", config.TagFeedMinPosts < 1),
                ("limits_per_page", config.LimitsPerPage < 1), ("home_post_count", config.HomePostCount < 0), ("home_tag_count", config.HomeTagCount < 0),
                ("stale_preview_months", config.StalePreviewMonths < 1),
            }.FirstOrDefault(c => c.Bad).Key;
            if (bad is not null)
            {
                var (line, column) = ValuePosition(text, bad);
                diagnostics.Add(Diagnostic.Error(path, line, column, DiagnosticCodes.InvalidConfig,
                    "page_size, feed_entries, tag_feed_min_posts, limits_per_page and stale_preview_months must be at least 1; home_post_count and home_tag_count must not be negative"));
                return defaults;
            }

            return config;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            diagnostics.Add(Diagnostic.Error(path, (int)ex.Start.Line, (int)ex.Start.Column, DiagnosticCodes.InvalidConfig, message));
            return new SiteConfig();
        }
    }

    /// <summary><c>catalog_min_confidence</c>: a number from 0 to 1, else an error at the value's line and column (and null).</summary>
    private static double? ParseConfidence(string value, string text, string path, DiagnosticBag diagnostics)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence) && confidence is >= 0 and <= 1)
        {
            return confidence;
        }

        var (line, column) = ValuePosition(text, CatalogMinConfidenceKey);
        diagnostics.Add(Diagnostic.Error(path, line, column, DiagnosticCodes.InvalidConfig,
            $"{CatalogMinConfidenceKey} must be a number from 0 to 1 (the least confidence an extracted catalog item needs to be shown), not '{value}'"));
        return null;
    }

    private const string CatalogMinConfidenceKey = "catalog_min_confidence";

    /// <summary>Where a top-level key's value starts in the file (1-based), or (1, 1) when it cannot be found.</summary>
    private static (int Line, int Column) ValuePosition(string text, string key)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? ((int)node.Start.Line, (int)node.Start.Column)
            : (1, 1);
    }

    /// <summary>The file's shape: every key optional, unknown keys rejected so typos are caught.</summary>
    private sealed class SiteConfigFile
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? BaseUrl { get; set; }
        public string? Language { get; set; }
        public int? PageSize { get; set; }
        public int? HomePostCount { get; set; }
        public int? HomeTagCount { get; set; }
        public int? FeedEntries { get; set; }
        public int? TagFeedMinPosts { get; set; }
        public bool? TagPageExcerpts { get; set; }
        public int? LimitsPerPage { get; set; }
        public int? StalePreviewMonths { get; set; }
        public string? CatalogMinConfidence { get; set; }
        public Dictionary<string, string>? SectionTitles { get; set; }
    }
}
