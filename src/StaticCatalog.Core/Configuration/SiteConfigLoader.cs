using StaticCatalog.Diagnostics;
using YamlDotNet.Core;
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
            var file = deserializer.Deserialize<SiteConfigFile?>(File.ReadAllText(path)) ?? new SiteConfigFile();
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
                LimitsPerPage = file.LimitsPerPage ?? defaults.LimitsPerPage,
                SectionTitles = file.SectionTitles is { Count: > 0 } titles
                    ? new SortedDictionary<string, string>(titles, StringComparer.Ordinal)
                    : defaults.SectionTitles,
            };
            if (config.PageSize < 1 || config.FeedEntries < 1 || config.LimitsPerPage < 1 || config.HomePostCount < 0 || config.HomeTagCount < 0)
            {
                diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.InvalidConfig,
                    "page_size, feed_entries and limits_per_page must be at least 1; home_post_count and home_tag_count must not be negative"));
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
        public int? LimitsPerPage { get; set; }
        public Dictionary<string, string>? SectionTitles { get; set; }
    }
}
