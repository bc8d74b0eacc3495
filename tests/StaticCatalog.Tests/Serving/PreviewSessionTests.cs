using System.Net;
using System.Text;
using StaticCatalog.Configuration;
using StaticCatalog.Serving;
using StaticCatalog.Tests.Support;

namespace StaticCatalog.Tests.Serving;

/// <summary>
/// <c>serve</c> end to end, as a browser sees it: pages under the base path with the live-reload script added,
/// an event when a saved seed has been rebuilt, and a broken seed's error on the page while the last good
/// version keeps being served.
/// </summary>
[Trait("Category", "Program")]
public sealed class PreviewSessionTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewSession _preview = null!;

    private string Seed => _folder.Combine("seeds", "2025-01-10-firewall.md");

    public async Task InitializeAsync()
    {
        _folder.Write(Path.Combine("seeds", "2025-01-10-firewall.md"), Post("Azure Firewall Premium now supports up to 100 Gbps of throughput."));
        var options = new BuildOptions
        {
            SeedsDirectory = _folder.Combine("seeds"),
            InputDirectory = RepoPaths.Input,
            ThemeDirectory = RepoPaths.Theme,
            OutputDirectory = _folder.Combine("_site"),
            BaseUrl = "/my-repo/",
        };
        _preview = await PreviewSession.StartAsync(options, port: 0, _ => { });
    }

    public async Task DisposeAsync()
    {
        await _preview.DisposeAsync();
        _http.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Pages_are_served_under_the_base_path_with_the_reload_script_which_the_files_on_disk_do_not_have()
    {
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/my-repo/$", _preview.Url);
        var home = await _http.GetStringAsync(_preview.Url);
        Assert.Contains("<script src=\"/my-repo/__staticcatalog/live-reload.js\"></script></body>", home);
        Assert.DoesNotContain("live-reload", await File.ReadAllTextAsync(_folder.Combine("_site", "index.html")));

        var script = await _http.GetStringAsync(_preview.Url + "__staticcatalog/live-reload.js");
        Assert.Contains("new EventSource(\"/my-repo/__staticcatalog/events\")", script);

        var folder = await _http.GetAsync(_preview.Url + "tags");
        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/my-repo/tags/", folder.Headers.Location?.OriginalString);

        var root = await _http.GetAsync(_preview.Url.Replace("/my-repo/", "/", StringComparison.Ordinal));
        Assert.Equal("/my-repo/", root.Headers.Location?.OriginalString);

        var missing = await _http.GetAsync(_preview.Url + "no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
        Assert.Equal("no-store", missing.Headers.CacheControl?.ToString());

        var css = await _http.GetAsync(_preview.Url + "assets/css/site.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Saving_a_seed_rebuilds_its_page_and_tells_open_tabs_to_reload()
    {
        using var events = await EventStream.OpenAsync(_http, _preview.Url + "__staticcatalog/events");

        await File.WriteAllTextAsync(Seed, Post("Azure Firewall Premium now supports up to 100 Gbps of throughput.", "Written while the server runs."));

        Assert.Equal("reload", await events.NextAsync());
        var page = await _http.GetStringAsync(_preview.Url + "posts/2025/01/firewall-gets-faster/");
        Assert.Contains("Written while the server runs.", page);
    }

    [Fact]
    public async Task A_broken_seed_shows_its_error_on_the_page_and_the_last_good_page_stays()
    {
        using var events = await EventStream.OpenAsync(_http, _preview.Url + "__staticcatalog/events");

        await File.WriteAllTextAsync(Seed, "---\ntitle: [unclosed\ndate: 2025-01-10\n---\nBody.\n");

        Assert.Equal("build-error", await events.NextAsync());
        var page = await _http.GetStringAsync(_preview.Url + "posts/2025/01/firewall-gets-faster/");
        Assert.Contains("100 Gbps", page);
        Assert.Contains($"id=\"{LiveReloadScript.ErrorBannerId}\"", page);
        var banner = WebUtility.HtmlDecode(page[page.IndexOf(LiveReloadScript.ErrorBannerId, StringComparison.Ordinal)..]);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(banner, @"2025-01-10-firewall\.md\(\d+,\d+\): error SC\d{4}: "), banner);

        await File.WriteAllTextAsync(Seed, Post("Azure Firewall Premium now supports up to 100 Gbps of throughput.", "Fixed."));

        // The watcher may see the file half-written first (one more build-error); the fix then reloads the page.
        var next = await events.NextAsync();
        if (next == "build-error")
        {
            next = await events.NextAsync();
        }

        Assert.Equal("reload", next);
        var fixedPage = await _http.GetStringAsync(_preview.Url + "posts/2025/01/firewall-gets-faster/");
        Assert.DoesNotContain(LiveReloadScript.ErrorBannerId, fixedPage);
        Assert.Contains("Fixed.", fixedPage);
    }

    private static string Post(params string[] paragraphs) =>
        "---\ntitle: Firewall gets faster\ndate: 2025-01-10 10:00:00 +00:00\ntags:\n- Networking\n---\n"
        + paragraphs[0] + "\n\n<!--excerpt_end-->\n\n" + string.Join("\n\n", paragraphs.Skip(1)) + "\n";

    /// <summary>A server-sent event stream read as a browser's EventSource would: the names of the events.</summary>
    private sealed class EventStream : IDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private EventStream(HttpResponseMessage response, StreamReader reader)
        {
            _response = response;
            _reader = reader;
        }

        public static async Task<EventStream> OpenAsync(HttpClient http, string url)
        {
            var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
            // The stream opens with its retry line: once read, the server has subscribed this tab.
            Assert.Equal("retry: 1000", await reader.ReadLineAsync());
            return new EventStream(response, reader);
        }

        /// <summary>The next event's name; fails after 20 seconds.</summary>
        public async Task<string> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    return line["event: ".Length..];
                }
            }

            throw new EndOfStreamException("the event stream ended");
        }

        public void Dispose()
        {
            _reader.Dispose();
            _response.Dispose();
        }
    }
}
