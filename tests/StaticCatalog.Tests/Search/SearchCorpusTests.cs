namespace StaticCatalog.Tests.Search;

/// <summary>
/// What a reader's browser downloads to search the whole corpus (<see cref="CorpusSiteFixture"/>): the issue asks for under 150 kB for a first query
/// (Pagefind publishes under 300 kB for 10,000 pages), so the index is split and no file may be large.
/// </summary>
[Collection(CorpusSiteCollection.Name)]
[Trait("Category", "Corpus")]
public sealed class SearchCorpusTests
{
    private const int FirstQueryBudget = 150_000;

    private readonly CorpusSiteFixture _corpus;

    public SearchCorpusTests(CorpusSiteFixture corpus)
    {
        _corpus = corpus;
    }

    [CorpusFact]
    public void A_first_query_for_nat_gateway_transfers_under_150_kB_and_finds_the_service()
    {
        Assert.True(_corpus.Result.Succeeded, string.Join("\n", _corpus.Result.Diagnostics.Take(20)));
        var client = new SearchFilesClient(_corpus.Output);

        var (results, total) = client.Search("nat gateway", 10);

        Assert.Equal("services/nat-gateway/", results[0][1]);
        Assert.True(total >= 2, $"{total} results");
        Assert.Contains("manifest.json", client.FilesRead);
        Assert.True(client.BytesRead < FirstQueryBudget, $"{client.BytesRead} bytes: {string.Join(", ", client.FilesRead)}");
    }

    [CorpusFact]
    public void Broad_first_queries_stay_under_the_budget_too()
    {
        foreach (var query in new[] { "azure kubernetes", "copilot", "generally available", "100 gbps", "ai", "sql server", "preview" })
        {
            var client = new SearchFilesClient(_corpus.Output);

            var (results, total) = client.Search(query, 10);

            Assert.True(total > 0, $"no results for '{query}'");
            Assert.Equal(Math.Min(10, total), results.Count);
            Assert.True(client.BytesRead < FirstQueryBudget, $"'{query}': {client.BytesRead} bytes: {string.Join(", ", client.FilesRead)}");
        }
    }

    [CorpusFact]
    public void No_search_file_exceeds_100_kB_and_every_document_is_in_one_chunk()
    {
        var files = Directory.GetFiles(Path.Combine(_corpus.Output, "search"), "*.json", SearchOption.AllDirectories);
        var largest = files.MaxBy(f => new FileInfo(f).Length)!;

        Assert.True(new FileInfo(largest).Length < 100_000, $"{largest} is {new FileInfo(largest).Length} bytes");
        var client = new SearchFilesClient(_corpus.Output);
        var documents = client.Manifest["documents"]!.GetValue<int>();
        Assert.True(documents > 2117, $"{documents} documents");
        Assert.Equal(documents, Directory.GetFiles(Path.Combine(_corpus.Output, "search", "docs")).Sum(f => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(f))!.AsArray().Count));
    }
}
