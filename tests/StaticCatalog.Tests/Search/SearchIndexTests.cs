using System.Text;
using StaticCatalog.Search;

namespace StaticCatalog.Tests.Search;

/// <summary>The index builder: how text becomes terms, how documents rank, how the index is split into files.</summary>
[Trait("Category", "Unit")]
public sealed class SearchIndexTests
{
    private static SearchDocument Post(string title, string excerpt = "", params string[] meta) =>
        new(SearchDocumentKind.Post, "posts/x/", title, "2025-12-01", excerpt, meta);

    [Fact]
    public void Terms_are_lower_case_without_diacritics_stop_words_or_single_letters()
    {
        Assert.Equal(["azure", "nat", "gateway", "deja", "vu", "kubernetes"],
            SearchTokenizer.Tokenize("The Azure NAT-Gateway: déjà vu in a Kubernetes").ToList());
    }

    [Fact]
    public void Numbers_are_kept_whole_and_apart_from_their_units()
    {
        Assert.Equal(["100", "gbps", "5000", "private", "endpoints", "per", "vnet"],
            SearchTokenizer.Tokenize("100Gbps, 5,000 private endpoints per VNet").ToList());
        Assert.Equal(["gpt", "4", "1", "2"], SearchTokenizer.Tokenize("GPT-4.1 v2").ToList());
    }

    [Fact]
    public void A_title_match_ranks_above_a_catalog_match_which_ranks_above_an_excerpt_match()
    {
        var index = SearchIndexBuilder.Build(
        [
            Post("Storage news", "Azure NAT Gateway is mentioned in passing."),
            Post("Networking roundup", "", "Azure NAT Gateway"),
            Post("NAT Gateway V2 is generally available"),
            Post("Unrelated post", "Nothing about gateways of any other kind."),
        ]);

        Assert.Equal([2, 1, 0], SearchRanker.Search(index, "nat gateway").Select(r => r.DocumentId));
    }

    [Fact]
    public void A_post_repeating_a_name_in_every_field_does_not_outrank_the_page_titled_with_it()
    {
        var index = SearchIndexBuilder.Build(
        [
            new SearchDocument(SearchDocumentKind.Service, "services/nat-gateway/", "Azure NAT Gateway", "", "Networking", []),
            Post("NAT Gateway StandardV2 now in preview", "The NAT Gateway StandardV2 SKU is zone-redundant.", "Azure NAT Gateway", "nat gateway"),
        ]);

        var ranked = SearchRanker.Search(index, "nat gateway");

        Assert.Equal([0, 1], ranked.Select(r => r.DocumentId));
        Assert.Equal(ranked[0].Score, ranked[1].Score);
    }

    [Fact]
    public void Every_word_must_match_and_the_last_one_may_be_a_prefix()
    {
        var index = SearchIndexBuilder.Build([Post("NAT Gateway"), Post("Application Gateway"), Post("NAT rules")]);

        Assert.Equal([0], SearchRanker.Search(index, "nat gate").Select(r => r.DocumentId));
        Assert.Equal([0, 1], SearchRanker.Search(index, "gatew").Select(r => r.DocumentId));
        Assert.Empty(SearchRanker.Search(index, "nat gate rules"));
        Assert.Empty(SearchRanker.Search(index, "the of"));
        Assert.True(SearchRanker.Search(index, "gateway")[0].Score > SearchRanker.Search(index, "gatew")[0].Score);
    }

    [Fact]
    public void Each_term_is_in_the_shard_of_the_longest_key_it_starts_with_and_large_shards_split()
    {
        var many = Enumerable.Range(0, 4000).Select(i => Post("compute container cost co", i % 2 == 0 ? "tag" : "")).ToList();
        var index = SearchIndexBuilder.Build(many);

        var shards = SearchIndexWriter.Shards(index.Terms);
        var keys = shards.Select(s => s.Key).ToList();

        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Contains("co", keys);
        Assert.Contains(keys, k => k.Length > 2 && k.StartsWith("co", StringComparison.Ordinal));
        foreach (var (key, terms) in shards)
        {
            Assert.All(terms, t => Assert.Equal(key, keys.Where(k => t.Term.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length)));
            Assert.True(terms.Sum(t => t.Json.Length) < SearchIndexWriter.ShardTargetBytes * 2 || key.Length == SearchIndexWriter.MaxKeyLength);
        }
    }

    [Fact]
    public void The_files_are_a_manifest_shards_and_chunks_with_relative_paths()
    {
        var index = SearchIndexBuilder.Build([Post("NAT Gateway", "Scale out."), Post("Bastion")]);

        var files = SearchIndexWriter.Write(index);

        Assert.Equal("search/manifest.json", files[0].RelativePath);
        var manifest = Encoding.UTF8.GetString(files[0].Content);
        Assert.StartsWith("{\"version\":1,\"documents\":2,\"chunks\":[0],\"shards\":[\"ba\",\"ga\",\"na\",\"ou\",\"sc\"],", manifest);
        var nat = files.Single(f => f.RelativePath == "search/index/2.json");
        Assert.Equal("{\"nat\":[4]}\n", Encoding.UTF8.GetString(nat.Content));
        var bastion = files.Single(f => f.RelativePath == "search/index/0.json");
        Assert.Equal("{\"bastion\":[12]}\n", Encoding.UTF8.GetString(bastion.Content)); // document 1 (gap 1 * 8) in its title (4)
        Assert.Equal("[[\"p\",\"posts/x/\",\"NAT Gateway\",\"2025-12-01\",\"Scale out.\"],[\"p\",\"posts/x/\",\"Bastion\",\"2025-12-01\",\"\"]]\n",
            Encoding.UTF8.GetString(files.Single(f => f.RelativePath == "search/docs/0.json").Content));
    }
}
