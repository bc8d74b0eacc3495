using Microsoft.Playwright;
using StaticCatalog.Tests.Support;

namespace StaticCatalog.Browser.Tests.Support;

/// <summary>
/// What every browser test shares: the seed site and a sample of the corpus, each built once and served under
/// <see cref="BasePath"/> as a GitHub Pages project site, and one headless Chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The project path both sites are built for and served under.</summary>
    public const string BasePath = "/my-repo/";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "staticcatalog-browser", Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private StaticSiteServer? _seedServer;
    private StaticSiteServer? _sampleServer;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Rows per page of the seed site's limits index, so its ten limits span three pages.</summary>
    public const int SeedLimitsPerPage = 4;

    /// <summary>The repository's <c>seeds/</c> as shipped, with <see cref="SeedLimitsPerPage"/>.</summary>
    public SiteUnderTest Seed { get; private set; } = null!;

    /// <summary>Every 20th corpus post plus the seeds and a few posts with code and embeds; null without the corpus.</summary>
    public SiteUnderTest? Sample { get; private set; }

    public async Task InitializeAsync()
    {
        var seed = Task.Run(() => BuiltSite.Build(RepoPaths.Seeds, Path.Combine(_root, "seed-site"), BasePath, SeedInput()));
        var sample = RepoPaths.HasCorpus
            ? Task.Run(() => BuiltSite.Build(CorpusSample.Copy(Path.Combine(_root, "sample-seeds")), Path.Combine(_root, "sample-site"), BasePath))
            : Task.FromResult<BuiltSite?>(null)!;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumInstall.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        _seedServer = await StaticSiteServer.StartAsync((await seed).OutputDirectory, BasePath);
        Seed = new SiteUnderTest(await seed, _seedServer);
        if (await sample is { } built)
        {
            _sampleServer = await StaticSiteServer.StartAsync(built.OutputDirectory, BasePath);
            Sample = new SiteUnderTest(built, _sampleServer);
        }
    }

    /// <summary>A fresh browser context (own storage) for one test.</summary>
    public Task<IBrowserContext> NewContextAsync(ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 900, bool javaScript = true) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            ReducedMotion = ReducedMotion.Reduce,
        });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_seedServer is not null)
        {
            await _seedServer.DisposeAsync();
        }

        if (_sampleServer is not null)
        {
            await _sampleServer.DisposeAsync();
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>The repository's input with a short limits page, so the filters' loading of other pages is exercised.</summary>
    private string SeedInput()
    {
        var input = Path.Combine(_root, "seed-input");
        foreach (var file in Directory.GetFiles(RepoPaths.Input, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(input, Path.GetRelativePath(RepoPaths.Input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.AppendAllText(Path.Combine(input, "site.yml"), $"\nlimits_per_page: {SeedLimitsPerPage}\n");
        return input;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
