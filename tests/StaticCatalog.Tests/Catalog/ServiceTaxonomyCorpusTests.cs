using StaticCatalog.Catalog;

namespace StaticCatalog.Tests.Catalog;

/// <summary>The shipped taxonomy against the tags the corpus's news posts use.</summary>
[Trait("Category", "Corpus")]
public sealed class ServiceTaxonomyCorpusTests
{
    [CorpusFact]
    public void The_shipped_taxonomy_covers_every_Azure_service_tagged_in_five_corpus_posts()
    {
        // Tags that name a topic, not a service, are left out on purpose (see services.yml).
        string[] topics = ["Azure", "Microsoft Azure", "All Things Azure", "Azure & Cloud", "Azure Security", "Azure Integration", "Azure Migration"];
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Corpus, "*.md"))
        {
            var tags = TagsOf(File.ReadAllText(file));
            foreach (var tag in tags.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                counts[tag] = counts.GetValueOrDefault(tag) + 1;
            }
        }

        var taxonomy = ServiceTaxonomyTests.Shipped();
        var missing = counts
            .Where(c => c.Value >= 5 && c.Key.StartsWith("Azure ", StringComparison.OrdinalIgnoreCase) && !topics.Contains(c.Key, StringComparer.OrdinalIgnoreCase))
            .Where(c => taxonomy.FindByTag(c.Key) is null)
            .Select(c => $"{c.Key} ({c.Value} posts)")
            .ToList();

        Assert.Empty(missing);
        Assert.NotNull(taxonomy.FindByTag("AKS"));
    }

    private static IEnumerable<string> TagsOf(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var inTags = false;
        foreach (var line in lines.Skip(1).TakeWhile(l => l != "---"))
        {
            if (line.StartsWith("tags:", StringComparison.Ordinal))
            {
                inTags = true;
                continue;
            }

            if (inTags && line.StartsWith("- ", StringComparison.Ordinal))
            {
                yield return line[2..].Trim().Trim('\'', '"');
            }
            else
            {
                inTags = false;
            }
        }
    }
}
