using System.Globalization;
using System.Text.Json;
using StaticCatalog.Catalog;

namespace StaticCatalog.Changes;

/// <summary>
/// Reads the bytes of a <c>catalog.json</c> into a <see cref="CatalogSnapshot"/>. Takes only the fields the
/// comparison needs and ignores the rest, so a catalog with more fields (a newer build) still reads.
/// </summary>
public static class CatalogSnapshotParser
{
    /// <exception cref="JsonException">The bytes are not JSON (the exception has the line and position).</exception>
    /// <exception cref="InvalidDataException">The JSON is not a StaticCatalog catalog; the message says what is missing.</exception>
    public static CatalogSnapshot Parse(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        using var document = JsonDocument.Parse(utf8);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("generator", out var generator) || generator.ValueKind != JsonValueKind.String || generator.GetString() != "StaticCatalog")
        {
            throw new InvalidDataException("it is JSON but not a StaticCatalog catalog.json (no \"generator\": \"StaticCatalog\")");
        }

        var serviceNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var postCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var posts = new List<SnapshotPost>();
        foreach (var (item, where) in Items(root, "posts"))
        {
            posts.Add(new SnapshotPost(Text(item, "id", where), Text(item, "source", where), Text(item, "title", where), Date(item, "date", where), Text(item, "url", where)));
            foreach (var id in Texts(item, "services", where))
            {
                postCounts[id] = postCounts.GetValueOrDefault(id) + 1;
            }
        }

        var services = new List<SnapshotService>();
        foreach (var (item, where) in Items(root, "services"))
        {
            var id = Text(item, "id", where);
            var service = new SnapshotService(id, Text(item, "name", where), Text(item, "category", where), OptionalText(item, "url", where), postCounts.GetValueOrDefault(id));
            services.Add(service);
            serviceNames[id] = service.Name;
        }

        var postsById = new Dictionary<string, SnapshotPost>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            postsById.TryAdd(post.Id, post);
        }

        var features = new List<SnapshotFeature>();
        foreach (var (item, where) in Items(root, "features"))
        {
            var ids = Texts(item, "services", where);
            var post = postsById.GetValueOrDefault(Text(item, "post", where));
            ReleaseStatusNames.TryParse(Text(item, "status", where), out var status);
            features.Add(new SnapshotFeature(
                Text(item, "id", where),
                Text(item, "name", where),
                ids,
                ids.Select(id => serviceNames.GetValueOrDefault(id, id)).ToList(),
                Enum.IsDefined(status) ? status : ReleaseStatus.Unknown,
                Date(item, "date", where),
                post?.Title ?? Text(item, "post", where),
                Text(item, "url", where)));
        }

        var limits = new List<SnapshotLimit>();
        foreach (var (item, where) in Items(root, "limits"))
        {
            var serviceId = OptionalText(item, "service", where);
            var postId = Text(item, "post", where);
            var post = postsById.GetValueOrDefault(postId);
            var normalized = Property(item, "normalized", where);
            limits.Add(new SnapshotLimit(
                Text(item, "id", where),
                serviceId,
                serviceId is null ? null : serviceNames.GetValueOrDefault(serviceId, serviceId),
                Text(item, "subject", where),
                Text(item, "metric", where),
                Number(item, "value", where),
                Text(item, "unit", where),
                Number(normalized, "value", where + ".normalized"),
                Text(normalized, "unit", where + ".normalized"),
                OptionalText(item, "qualifier", where),
                post?.Source ?? postId,
                post?.Title ?? postId,
                Text(item, "url", where)));
        }

        return new CatalogSnapshot(posts, services, features, limits);
    }

    /// <summary>The items of an array property, each with where it is ("features[3]") for messages.</summary>
    private static IEnumerable<(JsonElement Item, string Where)> Items(JsonElement parent, string name, string? where = null)
    {
        var path = where is null ? name : $"{where}.{name}";
        var array = Property(parent, name, where);
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"\"{path}\" is not an array");
        }

        return array.EnumerateArray().Select((item, index) => (item, $"{path}[{index}]"));
    }

    private static JsonElement Property(JsonElement item, string name, string? where)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value))
        {
            throw new InvalidDataException(where is null ? $"it has no \"{name}\"" : $"{where} has no \"{name}\"");
        }

        return value;
    }

    private static string Text(JsonElement item, string name, string where) =>
        Property(item, name, where) is { ValueKind: JsonValueKind.String } value
            ? value.GetString()!
            : throw new InvalidDataException($"{where}.{name} is not a string");

    private static string? OptionalText(JsonElement item, string name, string where) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? Text(item, name, where)
            : null;

    private static List<string> Texts(JsonElement item, string name, string where) =>
        Items(item, name, where)
            .Select(s => s.Item.ValueKind == JsonValueKind.String ? s.Item.GetString()! : throw new InvalidDataException($"{s.Where} is not a string"))
            .ToList();

    private static DateTimeOffset Date(JsonElement item, string name, string where) =>
        DateTimeOffset.TryParse(Text(item, name, where), CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidDataException($"{where}.{name} is not a date");

    private static decimal Number(JsonElement item, string name, string where) =>
        Property(item, name, where) is { ValueKind: JsonValueKind.Number } value && value.TryGetDecimal(out var number)
            ? number
            : throw new InvalidDataException($"{where}.{name} is not a number");
}
