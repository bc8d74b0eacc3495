using System.Text.Json;
using System.Text;
using StaticCatalog.Output;
using StaticCatalog.Safety;
using StaticCatalog.Urls;

namespace StaticCatalog.Search;

/// <summary>
/// Writes the index as small files a browser fetches only when a reader searches (as Pagefind splits its index):
/// <list type="bullet">
/// <item><c>search/manifest.json</c>: <c>{"version", "documents", "chunks": [first id of each chunk], "shards": [keys], "stop": [words]}</c>.</item>
/// <item><c>search/index/&lt;n&gt;.json</c>: the terms of the n-th shard key, <c>{"term": [posting, ...]}</c>. A shard holds
/// the terms that start with its key (the first two characters, or more where two would make a shard larger than
/// <see cref="ShardTargetBytes"/>); a term belongs to the longest key it starts with. A posting is
/// <c>(id - previous id) * 8 + fields</c> (<see cref="SearchFields"/>), so common terms cost two or three bytes a document.</item>
/// <item><c>search/docs/&lt;n&gt;.json</c>: <c>[[kind, path, title, date, excerpt], ...]</c> for consecutive ids, up to about
/// <see cref="ChunkTargetBytes"/> a chunk; <c>path</c> is relative to the site's base path.</item>
/// </list>
/// Everything is sorted and culture-invariant, so two builds of the same posts write the same bytes.
/// </summary>
public static class SearchIndexWriter
{
    public const int Version = 1;

    public const int ShardTargetBytes = 24 * 1024;

    public const int ChunkTargetBytes = 6 * 1024;

    /// <summary>Shard keys are at most this long, however large a shard gets.</summary>
    public const int MaxKeyLength = 4;

    private static readonly JsonWriterOptions Options = new() { Encoder = JsonEscaping.Encoder };

    public static IReadOnlyList<OutputFile> Write(SearchIndex index)
    {
        var shards = Shards(index.Terms);
        var chunks = Chunks(index.Documents);
        var files = new List<OutputFile> { new(SitePaths.SearchManifest, Manifest(index, shards, chunks)) };
        files.AddRange(shards.Select((shard, n) => new OutputFile(SitePaths.SearchShard(n), Object(shard.Terms))));
        files.AddRange(chunks.Select((chunk, n) => new OutputFile(SitePaths.SearchChunk(n), Array(chunk.Documents))));
        return files;
    }

    /// <summary>The terms grouped by key, keys sorted.</summary>
    public static IReadOnlyList<(string Key, IReadOnlyList<(string Term, byte[] Json)> Terms)> Shards(
        IReadOnlyList<KeyValuePair<string, IReadOnlyList<SearchPosting>>> terms)
    {
        var entries = terms.Select(t => (t.Key, Json: Entry(t.Key, t.Value))).ToList();
        return Partition(entries, 2).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<(string Key, IReadOnlyList<(string Term, byte[] Json)> Terms)> Partition(IReadOnlyList<(string Term, byte[] Json)> entries, int length)
    {
        foreach (var group in entries.GroupBy(e => e.Term[..Math.Min(e.Term.Length, length)], StringComparer.Ordinal))
        {
            var members = group.ToList();
            var size = members.Sum(m => m.Json.Length + 1);
            if (size > ShardTargetBytes && length < MaxKeyLength && members.Count > 1)
            {
                foreach (var part in Partition(members, length + 1))
                {
                    yield return part;
                }
            }
            else
            {
                yield return (group.Key, members);
            }
        }
    }

    private static IReadOnlyList<(int First, IReadOnlyList<byte[]> Documents)> Chunks(IReadOnlyList<SearchDocument> documents)
    {
        var chunks = new List<(int First, IReadOnlyList<byte[]> Documents)>();
        var current = new List<byte[]>();
        var first = 0;
        var size = 0;
        for (var id = 0; id < documents.Count; id++)
        {
            var json = Document(documents[id]);
            if (current.Count > 0 && size + json.Length > ChunkTargetBytes)
            {
                chunks.Add((first, current));
                (current, first, size) = ([], id, 0);
            }

            current.Add(json);
            size += json.Length + 1;
        }

        if (current.Count > 0)
        {
            chunks.Add((first, current));
        }

        return chunks;
    }

    private static byte[] Manifest(SearchIndex index, IReadOnlyList<(string Key, IReadOnlyList<(string Term, byte[] Json)> Terms)> shards,
        IReadOnlyList<(int First, IReadOnlyList<byte[]> Documents)> chunks) => Json(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteNumber("documents", index.Documents.Count);
        json.WriteStartArray("chunks");
        foreach (var chunk in chunks)
        {
            json.WriteNumberValue(chunk.First);
        }

        json.WriteEndArray();
        json.WriteStartArray("shards");
        foreach (var shard in shards)
        {
            json.WriteStringValue(shard.Key);
        }

        json.WriteEndArray();
        json.WriteStartArray("stop");
        foreach (var word in SearchTokenizer.StopWords.Order(StringComparer.Ordinal))
        {
            json.WriteStringValue(word);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary><c>"term":[postings]</c>, ready to be joined into a shard.</summary>
    private static byte[] Entry(string term, IReadOnlyList<SearchPosting> postings)
    {
        var body = Json(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray(term);
            var previous = 0;
            foreach (var posting in postings)
            {
                json.WriteNumberValue(((posting.DocumentId - previous) * 8) + (int)posting.Fields);
                previous = posting.DocumentId;
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        return body[1..^1]; // without the braces of the object it was written in
    }

    private static byte[] Document(SearchDocument document) => Json(json =>
    {
        json.WriteStartArray();
        json.WriteStringValue(KindLetter(document.Kind));
        json.WriteStringValue(document.SitePath);
        json.WriteStringValue(document.Title);
        json.WriteStringValue(document.Date);
        json.WriteStringValue(document.Excerpt);
        json.WriteEndArray();
    });

    public static string KindLetter(SearchDocumentKind kind) => kind switch
    {
        SearchDocumentKind.Service => "s",
        SearchDocumentKind.Tag => "t",
        _ => "p",
    };

    private static byte[] Object(IReadOnlyList<(string Term, byte[] Json)> entries) => Join((byte)'{', entries.Select(e => e.Json), (byte)'}');

    private static byte[] Array(IReadOnlyList<byte[]> items) => Join((byte)'[', items, (byte)']');

    private static byte[] Join(byte open, IEnumerable<byte[]> items, byte close)
    {
        using var buffer = new MemoryStream();
        buffer.WriteByte(open);
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                buffer.WriteByte((byte)',');
            }

            buffer.Write(item);
            first = false;
        }

        buffer.WriteByte(close);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return buffer.ToArray();
    }
}
