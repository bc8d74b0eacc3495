using System.Text.Json;
using StaticCatalog.Urls;

namespace StaticCatalog.Changes;

/// <summary>
/// Loads the previous <c>catalog.json</c> for <c>build --compare-to</c> from a file, a built site's folder,
/// or an http(s) URL (of the file, or of the published site when it ends with '/'). Never throws for a
/// catalog that cannot be had: the result says why, and <see cref="PreviousCatalog.ToDiagnostic"/> gives the warning.
/// </summary>
public static class PreviousCatalogReader
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private const string FileName = "catalog.json";

    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient { Timeout = Timeout });

    /// <summary>Blocks until read; for the synchronous CLI commands.</summary>
    public static PreviousCatalog Read(string location, CancellationToken cancellationToken = default) =>
        ReadAsync(location, cancellationToken).GetAwaiter().GetResult();

    public static Task<PreviousCatalog> ReadAsync(string location, CancellationToken cancellationToken = default) =>
        ReadAsync(location, SharedClient.Value, cancellationToken);

    /// <param name="location">A file, a folder holding catalog.json, or an http(s) URL.</param>
    /// <param name="client">Used for a URL; its <see cref="HttpClient.Timeout"/> applies.</param>
    /// <param name="cancellationToken">Cancelling it throws <see cref="OperationCanceledException"/>: the one exception this lets through.</param>
    public static async Task<PreviousCatalog> ReadAsync(string location, HttpClient client, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return PreviousCatalog.Unreadable(location, "no path or URL was given");
        }

        var (bytes, failure) = await LoadAsync(location, client, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return PreviousCatalog.Unreadable(location, failure ?? "it could not be read");
        }

        try
        {
            return PreviousCatalog.Read(location, CatalogSnapshotParser.Parse(bytes));
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? -1) + 1;
            var column = (int)(ex.BytePositionInLine ?? -1) + 1;
            return PreviousCatalog.Unreadable(location, line > 0 ? $"it is not valid JSON (line {line}, column {column})" : "it is not valid JSON", line, column);
        }
        catch (InvalidDataException ex)
        {
            return PreviousCatalog.Unreadable(location, ex.Message);
        }
    }

    /// <summary>The bytes, or null and why.</summary>
    private static async Task<(byte[]? Bytes, string? Failure)> LoadAsync(string location, HttpClient client, CancellationToken cancellationToken)
    {
        try
        {
            if (!WebUrl.TryParse(location, out var url))
            {
                var path = Directory.Exists(location) ? Path.Combine(location, FileName) : location;
                return (await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), null);
            }

            if (url.AbsolutePath.EndsWith('/'))
            {
                url = new Uri(url, FileName);
            }

            using var response = await client.GetAsync(url, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var hint = response.StatusCode == System.Net.HttpStatusCode.NotFound ? " (nothing published there yet?)" : string.Empty;
                return (null, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd() + hint);
            }

            return (await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"no answer within {client.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            return (null, $"the request failed ({ex.Message})");
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, "there is no such file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, $"the file could not be read ({ex.Message})");
        }
    }
}
