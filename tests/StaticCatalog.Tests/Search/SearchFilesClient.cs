using System.Text.Json.Nodes;
using StaticCatalog.Search;

namespace StaticCatalog.Tests.Search;

/// <summary>
/// Searches a built site's <c>search/</c> files as <c>search.js</c> does (the shard keys a word needs, the
/// postings, the chunks of the results shown), and remembers every file it read, so a test can weigh a query.
/// </summary>
public sealed class SearchFilesClient
{
    private readonly string _folder;
    private readonly JsonNode _manifest;
    private readonly List<string> _keys;
    private readonly List<int> _chunks;

    public SearchFilesClient(string siteFolder)
    {
        _folder = Path.Combine(siteFolder, "search");
        _manifest = Read("manifest.json");
        _keys = _manifest["shards"]!.AsArray().Select(k => k!.GetValue<string>()).ToList();
        _chunks = _manifest["chunks"]!.AsArray().Select(c => c!.GetValue<int>()).ToList();
    }

    /// <summary>Every file read so far, relative to <c>search/</c>.</summary>
    public SortedSet<string> FilesRead { get; } = new(StringComparer.Ordinal);

    public long BytesRead => FilesRead.Sum(f => new FileInfo(Path.Combine(_folder, f)).Length);

    public JsonNode Manifest => _manifest;

    /// <summary>The first <paramref name="count"/> results as <c>[kind, path, title, date, excerpt]</c>, and how many there are.</summary>
    public (IReadOnlyList<string[]> Documents, int Total) Search(string query, int count)
    {
        var words = SearchRanker.Words(query);
        var ranked = SearchRanker.Rank(words.Select((word, i) =>
        {
            var prefix = i == words.Count - 1;
            var terms = ShardsOf(word, prefix).SelectMany(n => Read($"index/{n}.json").AsObject())
                .Select(term => KeyValuePair.Create(term.Key, Decode(term.Value!.AsArray())));
            return SearchRanker.Scores(terms, word, prefix);
        }).ToList());
        var documents = ranked.Take(count).Select(r => Document(r.DocumentId)).ToList();
        return (documents, ranked.Count);
    }

    /// <summary>A posting is <c>(id - previous id) * 8 + fields</c>.</summary>
    private static IReadOnlyList<SearchPosting> Decode(JsonArray postings)
    {
        var id = 0;
        return postings.Select(p => p!.GetValue<int>()).Select(p => new SearchPosting(id += p / 8, (SearchFields)(p % 8))).ToList();
    }

    private string[] Document(int id)
    {
        var chunk = _chunks.FindLastIndex(first => first <= id);
        var document = Read($"docs/{chunk}.json").AsArray()[id - _chunks[chunk]]!.AsArray();
        return document.Select(field => field!.GetValue<string>()).ToArray();
    }

    /// <summary>As search.js: the longest key the word starts with, and for a prefix every longer key that starts with it.</summary>
    private IEnumerable<int> ShardsOf(string word, bool prefix)
    {
        var longest = -1;
        for (var n = 0; n < _keys.Count; n++)
        {
            if (word.StartsWith(_keys[n], StringComparison.Ordinal))
            {
                longest = longest < 0 || _keys[n].Length > _keys[longest].Length ? n : longest;
            }
            else if (prefix && _keys[n].StartsWith(word, StringComparison.Ordinal))
            {
                yield return n;
            }
        }

        if (longest >= 0)
        {
            yield return longest;
        }
    }

    private JsonNode Read(string relative)
    {
        FilesRead.Add(relative);
        return JsonNode.Parse(File.ReadAllBytes(Path.Combine(_folder, relative)))!;
    }
}
